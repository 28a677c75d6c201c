//! Reading the local files a user points at (config, keys, tokens, CA bundles, JSON
//! parameters) with a size cap, so that a wrong path (`/dev/zero`, a disk image, a log)
//! is a clear error at once instead of a process that grows until it is killed.

use std::io::Read as _;
use std::path::Path;

/// The most bytes read from one local input file: 4 MiB, far above any config, key,
/// token, certificate bundle or JSON parameter (a system CA bundle is about 200 KiB).
pub const MAX_LOCAL_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Reads the whole of `path`, refusing a file larger than [`MAX_LOCAL_FILE_BYTES`]
/// (checked while reading, so endless devices and pipes stop there too).
///
/// The error of an oversized file is `InvalidData`, saying so; callers add the path and
/// the flag or setting they read it for.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("oci-backup-files-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// let small = dir.join("small");
/// std::fs::write(&small, "[DEFAULT]\n")?;
/// assert_eq!(oci_backup::files::read_limited(&small)?, b"[DEFAULT]\n");
///
/// let error = oci_backup::files::read_limited(std::path::Path::new("/dev/zero")).unwrap_err();
/// assert_eq!(error.to_string(), "larger than 4 MiB, the most read from a local file");
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    read_at_most(path, MAX_LOCAL_FILE_BYTES)
}

/// [`read_limited`] as UTF-8 text; text that is not UTF-8 is `InvalidData`.
pub fn read_limited_to_string(path: &Path) -> std::io::Result<String> {
    String::from_utf8(read_limited(path)?)
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "not valid UTF-8 text"))
}

fn read_at_most(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    // Sized from the metadata when it is known and within the limit, so that a secret is
    // read into one allocation rather than copied as the buffer grows.
    let hint = file
        .metadata()
        .map(|m| m.len())
        .ok()
        .filter(|len| *len <= limit)
        .unwrap_or(0);
    let mut bytes = Vec::with_capacity(usize::try_from(hint).unwrap_or(0) + 1);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "larger than {} MiB, the most read from a local file",
                limit / (1024 * 1024)
            ),
        ));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_at_the_limit_is_read_and_one_byte_more_is_refused() {
        let dir = std::env::temp_dir().join(format!("oci-backup-files-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("f");
        std::fs::write(&path, vec![b'x'; 2 * 1024 * 1024]).unwrap();
        assert_eq!(
            read_at_most(&path, 2 * 1024 * 1024).unwrap().len(),
            2 * 1024 * 1024
        );
        let error = read_at_most(&path, 2 * 1024 * 1024 - 1).unwrap_err();
        assert_eq!(error.kind(), std::io::ErrorKind::InvalidData);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn text_must_be_utf8() {
        let dir = std::env::temp_dir().join(format!("oci-backup-files-u-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("f");
        std::fs::write(&path, b"\xff\xfe").unwrap();
        assert_eq!(
            read_limited_to_string(&path).unwrap_err().to_string(),
            "not valid UTF-8 text"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

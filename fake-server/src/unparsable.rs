//! Requests hyper cannot parse get the fake's error body too.
//!
//! hyper answers a request whose head it cannot parse — a control character in a header
//! value (`if-match: \x1b`), bytes outside the URI characters in the request target (raw
//! non-UTF-8 bytes in the path), an oversized head — by itself, before any service runs:
//! `400 Bad Request` (or 414, 431) with `content-length: 0`, then it closes the
//! connection. It has no hook to shape that answer, so the connection's IO is wrapped:
//! [`Unparsable`] passes every byte through, except that it recognises hyper's automatic
//! answer on its way out and gives it the body every other error of the fake has
//! (`{"code": ..., "message": ...}`, `application/json`) and an `opc-request-id`.
//!
//! Recognising it is unambiguous: the fake's own 4xx answers always carry a JSON body (so
//! never `content-length: 0`), and a JSON body never holds a raw CR LF, so the status
//! line of an automatic answer can only appear where a response starts.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// The status lines of hyper's automatic answers (`Server::on_error` in hyper 1.x), with
/// the error code and message the fake gives each.
const AUTOMATIC: [(&str, &str, &str); 3] = [
    (
        "HTTP/1.1 400 Bad Request\r\n",
        "CannotParseRequest",
        "request: not valid HTTP/1.1 (a method, request target, header name or header \
         value with characters HTTP does not allow, such as a control character in a header \
         value or a byte outside the URI characters in the path)",
    ),
    (
        "HTTP/1.1 414 URI Too Long\r\n",
        "UriTooLong",
        "request: the request target is too long",
    ),
    (
        "HTTP/1.1 431 Request Header Fields Too Large\r\n",
        "RequestHeaderFieldsTooLarge",
        "request: the request head is too large",
    ),
];

/// An IO stream for hyper that rewrites hyper's automatic parse-error answers (see the
/// module documentation). `request_id` gives the `opc-request-id` of such an answer.
pub(crate) struct Unparsable<S> {
    inner: S,
    request_id: Box<dyn FnMut() -> String + Send>,
    /// The rewritten answer being written: its bytes, how many are out, and how many bytes
    /// of hyper's buffer it stands for (reported written once it is all out).
    replacing: Option<(Vec<u8>, usize, usize)>,
}

impl<S> Unparsable<S> {
    pub(crate) fn new(inner: S, request_id: impl FnMut() -> String + Send + 'static) -> Self {
        Self {
            inner,
            request_id: Box::new(request_id),
            replacing: None,
        }
    }
}

/// Where in `buf` an automatic answer starts, with its head's length, code and message.
fn find_automatic(buf: &[u8]) -> Option<(usize, usize, &'static str, &'static str)> {
    AUTOMATIC.iter().find_map(|(status_line, code, message)| {
        let start = find(buf, status_line.as_bytes())?;
        let head_len = find(&buf[start..], b"\r\n\r\n")? + 4;
        let head = &buf[start..start + head_len];
        // The fake's own answers with these statuses have a body: not one of them.
        find(&head.to_ascii_lowercase(), b"\r\ncontent-length: 0\r\n")?;
        Some((start, head_len, *code, *message))
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// hyper's head with the JSON body, its length and type, and an `opc-request-id`.
fn rewrite(head: &[u8], code: &str, message: &str, request_id: &str) -> Vec<u8> {
    let body = serde_json::json!({ "code": code, "message": message }).to_string();
    let head = String::from_utf8_lossy(head);
    let mut out = String::with_capacity(head.len() + body.len() + 128);
    for line in head.trim_end_matches("\r\n").split("\r\n") {
        if line.to_ascii_lowercase().starts_with("content-length:") {
            continue;
        }
        out.push_str(line);
        out.push_str("\r\n");
    }
    out.push_str("content-type: application/json\r\n");
    out.push_str(&format!("content-length: {}\r\n", body.len()));
    out.push_str(&format!("opc-request-id: {request_id}\r\n\r\n"));
    out.push_str(&body);
    out.into_bytes()
}

impl<S: AsyncRead + Unpin> AsyncRead for Unparsable<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Unparsable<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        if this.replacing.is_none() {
            match find_automatic(buf) {
                // Whatever comes before it (the end of an earlier answer) goes out first.
                Some((start, _, _, _)) if start > 0 => {
                    return Pin::new(&mut this.inner).poll_write(cx, &buf[..start]);
                }
                Some((_, head_len, code, message)) => {
                    let request_id = (this.request_id)();
                    tracing::debug!(code, %request_id, "request hyper could not parse");
                    let bytes = rewrite(&buf[..head_len], code, message, &request_id);
                    this.replacing = Some((bytes, 0, head_len));
                }
                None => return Pin::new(&mut this.inner).poll_write(cx, buf),
            }
        }
        let Some((bytes, written, stands_for)) = &mut this.replacing else {
            return Poll::Ready(Ok(0));
        };
        while *written < bytes.len() {
            let n = ready!(Pin::new(&mut this.inner).poll_write(cx, &bytes[*written..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            *written += n;
        }
        let consumed = *stands_for;
        this.replacing = None;
        Poll::Ready(Ok(consumed))
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    // Not vectored: hyper then hands over each answer in one flat buffer, head first.
}

#[cfg(test)]
mod tests {
    use super::*;

    const HYPER_400: &[u8] = b"HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\ndate: Mon, 30 Nov 2026 15:18:20 GMT\r\n\r\n";

    #[test]
    fn an_automatic_answer_is_found_after_an_earlier_answer_and_gets_a_json_body() {
        let mut buf = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n[]".to_vec();
        let earlier = buf.len();
        buf.extend_from_slice(HYPER_400);
        let (start, head_len, code, message) = find_automatic(&buf).unwrap();
        assert_eq!((start, head_len), (earlier, HYPER_400.len()));
        let out = String::from_utf8(rewrite(HYPER_400, code, message, "ID1")).unwrap();
        let (head, body) = out.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n"));
        assert!(head.contains("\r\ncontent-type: application/json\r\n"));
        assert!(head.contains(&format!("\r\ncontent-length: {}\r\n", body.len())));
        assert!(head.contains("\r\nopc-request-id: ID1"));
        assert!(head.contains("\r\ndate: "));
        let json: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(json["code"], "CannotParseRequest");
    }

    #[test]
    fn the_fakes_own_400_answers_are_left_alone() {
        let own = b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: 40\r\n\r\n{\"code\":\"InvalidParameter\",\"message\":\"\"}";
        assert!(find_automatic(own).is_none());
    }
}

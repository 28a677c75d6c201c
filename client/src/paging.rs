//! Following `opc-next-page`: the one paging loop of the library and the command, with
//! its guard against a service that names a page it already gave (which would otherwise
//! loop forever).
//!
//! ```no_run
//! # async fn run(storage: oci_backup::block_storage::BlockStorage) -> Result<(), oci_backup::Error> {
//! use oci_backup::CallExt as _;
//! use oci_backup::block_storage::operations::LIST_BOOT_VOLUMES;
//! use oci_backup::paging::{Page, follow_pages};
//!
//! let api = storage.api();
//! let every = follow_pages(&LIST_BOOT_VOLUMES, None, true, |page: Option<String>| async move {
//!     let mut request = api.list_boot_volumes().compartment_id("ocid1.compartment.oc1..c");
//!     if let Some(page) = page {
//!         request = request.page(page);
//!     }
//!     Ok(Page::from_response(request.call().await?))
//! })
//! .await?;
//! println!("{} boot volumes", every.items.len());
//! # Ok(())
//! # }
//! ```

use std::collections::HashSet;
use std::future::Future;

use crate::error::Error;
use crate::runtime::Operation;

/// One page of a list (what the fetch of [`follow_pages`] returns), or every page
/// followed (what it returns).
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items, in the order the service gave them.
    pub items: Vec<T>,
    /// The `opc-next-page` header: the page to ask for next. After [`follow_pages`]:
    /// `None` when every page was followed; otherwise the last page's header, to print
    /// or to continue from.
    pub next: Option<String>,
}

impl<T> Page<T> {
    /// A Core list response as one page: its items and its `opc-next-page` header.
    pub fn from_response(response: crate::block_storage::ResponseValue<Vec<T>>) -> Self {
        use crate::block_storage::ResponseHeaders as _;
        let next = response.opc_next_page().map(str::to_owned);
        Self {
            items: response.into_inner(),
            next,
        }
    }
}

/// Lists with `fetch` (called with the page to ask for: `first`, then each
/// `opc-next-page`), following every page when `all`, or stopping after the first one.
///
/// A service that names, as the next page, a page this call already asked for (the same
/// token again, or a cycle) ends it with [`Error::InvalidResponse`] for `operation`
/// instead of looping forever.
pub async fn follow_pages<T, F, Fut>(
    operation: &Operation,
    first: Option<String>,
    all: bool,
    mut fetch: F,
) -> Result<Page<T>, Error>
where
    F: FnMut(Option<String>) -> Fut,
    Fut: Future<Output = Result<Page<T>, Error>>,
{
    let mut items = Vec::new();
    let mut asked: HashSet<String> = HashSet::new();
    let mut page = first;
    loop {
        if let Some(page) = &page {
            asked.insert(page.clone());
        }
        let got = fetch(page.take()).await?;
        items.extend(got.items);
        match got.next {
            Some(next) if all => {
                if asked.contains(&next) {
                    return Err(Error::InvalidResponse {
                        operation: operation.id.to_owned(),
                        message: format!(
                            "the service returned page `{}` again (opc-next-page)",
                            crate::error::excerpt(&next, 200)
                        ),
                    });
                }
                page = Some(next);
            }
            next => return Ok(Page { items, next }),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    const OPERATION: Operation = Operation {
        id: "listThings",
        method: "GET",
        path: "/things",
        idempotent: true,
        retry_token: None,
        header_parameters: &[],
        statuses: &["200"],
    };

    /// A service whose page `n` holds item `n` and names `links[n]` next.
    async fn list(
        links: &[Option<&str>],
        first: Option<&str>,
        all: bool,
    ) -> Result<Page<usize>, Error> {
        let asked = std::cell::RefCell::new(Vec::new());
        let result = follow_pages(&OPERATION, first.map(str::to_owned), all, |page| {
            let n: usize = page.as_deref().map_or(0, |p| p.parse().unwrap());
            asked.borrow_mut().push(n);
            let next = links[n].map(str::to_owned);
            async move {
                Ok(Page {
                    items: vec![n],
                    next,
                })
            }
        })
        .await;
        assert!(asked.borrow().len() <= links.len(), "{:?}", asked.borrow());
        result
    }

    #[tokio::test]
    async fn every_page_is_followed_in_order() {
        let got = list(&[Some("1"), Some("2"), None], None, true)
            .await
            .unwrap();
        assert_eq!(
            got,
            Page {
                items: vec![0, 1, 2],
                next: None
            }
        );
    }

    #[tokio::test]
    async fn without_all_one_page_and_its_next() {
        let got = list(&[Some("1"), Some("2"), None], Some("1"), false)
            .await
            .unwrap();
        assert_eq!(
            got,
            Page {
                items: vec![1],
                next: Some("2".into())
            }
        );
    }

    #[tokio::test]
    async fn a_page_named_again_is_refused() {
        for links in [
            &[Some("1"), Some("1")][..],
            &[Some("1"), Some("2"), Some("1")][..],
            &[Some("1"), Some("0")][..],
        ] {
            let error = list(links, Some("0"), true).await.unwrap_err();
            let Error::InvalidResponse { operation, message } = &error else {
                panic!("{error:?}")
            };
            assert_eq!(operation, "listThings");
            assert!(message.contains("again"), "{message}");
        }
    }
}

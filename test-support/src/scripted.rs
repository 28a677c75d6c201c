//! The [test server](crate::server) following a script: the n-th request gets the n-th
//! [`Reply`] (the last one repeats), as an OCI service would answer it: JSON unless the
//! answer says otherwise, `opc-request-id: REQ<n>` unless it sets one, and one request per
//! connection (`connection: close`).

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::server::{Reply, Server};

/// Starts a server following `replies`; with none, every request gets a 404.
pub fn start(replies: Vec<Reply>) -> Server {
    let count = AtomicUsize::new(0);
    Server::start(move |_| {
        let n = count.fetch_add(1, Ordering::SeqCst) + 1;
        let Some(reply) = replies.get(n - 1).or(replies.last()) else {
            return Reply::Answer(crate::Answer::error(404, "NotFound", "no reply scripted"));
        };
        match reply.clone() {
            Reply::Answer(mut answer) => {
                let mut headers = Vec::new();
                if !answer.has_header("content-type") {
                    headers.push(("content-type".to_owned(), "application/json".to_owned()));
                }
                if !answer.has_header("opc-request-id") {
                    headers.push(("opc-request-id".to_owned(), format!("REQ{n}")));
                }
                headers.append(&mut answer.headers);
                headers.push(("connection".to_owned(), "close".to_owned()));
                answer.headers = headers;
                Reply::Answer(answer)
            }
            other => other,
        }
    })
}

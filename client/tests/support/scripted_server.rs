//! A raw HTTP/1.1 server on 127.0.0.1 that answers the n-th request with the n-th scripted
//! reply (the last one repeats), one request per connection, and records what it read.
//! A reply can also close the connection after reading the request, without answering:
//! the request took effect, the client got no answer.

#![allow(dead_code)] // Each test binary uses part of it.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpListener;

/// What to do with one request.
#[derive(Debug, Clone)]
pub(crate) enum Reply {
    /// Answer with this status, these extra headers and this body.
    Answer(u16, Vec<(&'static str, String)>, String),
    /// Read the request, then close the connection without answering.
    Drop,
    /// Read the request and never answer (the connection stays open).
    Hang,
}

impl Reply {
    /// A JSON answer.
    pub(crate) fn json(status: u16, body: &str) -> Self {
        Reply::Answer(status, Vec::new(), body.to_owned())
    }
}

/// A request as read.
#[derive(Debug, Clone)]
pub(crate) struct Received {
    pub(crate) request_line: String,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: String,
}

impl Received {
    /// A header's value.
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The server.
pub(crate) struct Scripted {
    /// Its base URL.
    pub(crate) base: String,
    log: Arc<Mutex<Vec<Received>>>,
}

impl Scripted {
    /// Every request read so far.
    pub(crate) fn received(&self) -> Vec<Received> {
        self.log.lock().unwrap().clone()
    }
}

/// Starts a server following `replies`.
pub(crate) async fn start(replies: Vec<Reply>) -> Scripted {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let log = Arc::new(Mutex::new(Vec::new()));
    let seen = log.clone();
    tokio::spawn(async move {
        let mut count = 0;
        while let Ok((mut stream, _)) = listener.accept().await {
            let Some(request) = read_request(&mut stream).await else {
                continue;
            };
            let reply = replies.get(count).or(replies.last()).cloned();
            count += 1;
            seen.lock().unwrap().push(request);
            if let Some(Reply::Hang) = reply {
                tokio::spawn(async move {
                    let _open = stream;
                    std::future::pending::<()>().await;
                });
                continue;
            }
            if let Some(Reply::Answer(status, headers, body)) = reply {
                let extra: String = headers
                    .iter()
                    .map(|(n, v)| format!("{n}: {v}\r\n"))
                    .collect();
                let response = format!(
                    "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nopc-request-id: REQ{count}\r\n{extra}connection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(response.as_bytes()).await;
            }
            let _ = stream.shutdown().await;
        }
    });
    Scripted { base, log }
}

async fn read_request(stream: &mut tokio::net::TcpStream) -> Option<Received> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break at;
        }
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let request_line = lines.next().unwrap_or_default().to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(": "))
        .map(|(n, v)| (n.to_ascii_lowercase(), v.to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    while buffer.len() < head_end + 4 + length {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            break;
        }
        buffer.extend_from_slice(&chunk[..n]);
    }
    let body = String::from_utf8_lossy(&buffer[head_end + 4..]).to_string();
    Some(Received {
        request_line,
        headers,
        body,
    })
}

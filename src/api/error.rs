//! Errors as they cross the command table: a closed set of codes a face can switch on, and
//! one plain sentence; an internal error logs its detail and shows a plain message.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::notebook::NotebookError;

/// The closed set of error codes a face can switch on.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The request itself is wrong: an empty paste, a malformed URL or date, a bad query.
    InvalidInput,
    /// The article, note or tag does not exist.
    NotFound,
    /// The page could not be fetched (network error, 4xx/5xx, timeout, too large).
    FetchFailed,
    /// The input is not something Clipline can clip (an image, a PDF, ...).
    Unsupported,
    /// The notebook file could not be read or written (locked, unreadable, full disk).
    Storage,
    /// The request lacked the notebook token or came from a foreign host.
    Unauthorized,
    /// The change was made, but the long work it set off (a re-analysis) was stopped on
    /// request before it ended; the message says what is left to do.
    Stopped,
    /// A bug: the detail is in the log, the message is plain.
    Internal,
}

/// What the user reads for any bug (`ErrorCode::Internal`); the detail goes to the log.
pub const INTERNAL_MESSAGE: &str =
    "Something went wrong inside Clipline; the details are in its log.";

/// An error as it crosses the command table: a code and one plain sentence.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
}

impl ApiError {
    /// An error with the given code and message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
}

impl From<NotebookError> for ApiError {
    fn from(err: NotebookError) -> Self {
        let code = err.code();
        let message = match code {
            ErrorCode::Internal => {
                tracing::error!(error = ?err, "internal error");
                INTERNAL_MESSAGE.to_string()
            }
            _ => err.to_string(),
        };
        ApiError { code, message }
    }
}

//! The loopback server's token outlives a restart, so a paired browser stays paired, until
//! `clipline serve --new-token` replaces it: then the old token is refused and the new
//! one, printed in the address, answers.

mod serving;

use serde_json::json;
use serving::{rpc_with, serve_at};

#[tokio::test]
async fn a_new_token_unpairs_whoever_held_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("notebook.db");
    let info = json!({"cmd": "NotebookInfo"});

    let first = serve_at(&db, &[]);
    let old = first.token.clone();
    drop(first);
    let again = serve_at(&db, &[]);
    assert_eq!(again.token, old, "a restart keeps the token");
    assert_eq!(rpc_with(&again, &old, info.clone()).await.0, 200);
    drop(again);

    let renewed = serve_at(&db, &["--new-token"]);
    assert_ne!(renewed.token, old, "--new-token prints a new token");
    assert_eq!(renewed.token.len(), old.len());
    let (status, _) = rpc_with(&renewed, &old, info.clone()).await;
    assert_eq!(status, 403, "the old token is refused");
    let (status, body) = rpc_with(&renewed, &renewed.token, info.clone()).await;
    assert_eq!(status, 200, "the new token answers: {body}");
    let new = renewed.token.clone();
    drop(renewed);

    let after = serve_at(&db, &[]);
    assert_eq!(
        after.token, new,
        "the new token is the one kept from now on"
    );
}

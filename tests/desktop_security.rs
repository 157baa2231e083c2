//! The desktop app's security settings, read from `src-tauri/`: a CSP that forbids inline
//! and foreign script and restricts everything by default, no global Tauri object, and a
//! webview whose only permissions are the engine's `rpc` command, `save_notebook_json`
//! (which takes no argument: the page cannot choose where it writes) and listening to the
//! events the app emits (long work's progress): it can neither emit events nor reach any
//! other core, file, shell or HTTP command. The desktop app also loads
//! the clipboard, notification and global-shortcut plugins for its clip shortcut; they are
//! driven from Rust, and the webview is granted none of their commands.

use std::path::PathBuf;

use serde_json::Value;

fn tauri_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src-tauri")
}

fn read_json(path: &std::path::Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path:?} is JSON: {e}"))
}

#[test]
fn the_desktop_csp_forbids_inline_and_foreign_script() {
    let conf = read_json(&tauri_dir().join("tauri.conf.json"));
    let app = &conf["app"];
    assert_eq!(
        app["withGlobalTauri"],
        Value::Bool(false),
        "window.__TAURI__ must not exist for page script"
    );
    let csp = app["security"]["csp"]
        .as_object()
        .expect("the CSP is set, as directives (never null)");
    let directive = |name: &str| {
        csp.get(name)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(
        directive("default-src"),
        "'self'",
        "everything not named is limited to the app itself"
    );
    let script = directive("script-src");
    assert!(!script.is_empty(), "script-src is set explicitly");
    for bad in [
        "'unsafe-inline'",
        "'unsafe-eval'",
        "*",
        "data:",
        "http:",
        "https:",
        "blob:",
    ] {
        assert!(
            !script.split_whitespace().any(|t| t == bad),
            "script-src allows {bad}: {script}"
        );
    }
    assert_eq!(directive("object-src"), "'none'", "no plugins");
    assert_eq!(
        directive("base-uri"),
        "'none'",
        "a <base> cannot redirect relative URLs"
    );
    assert_eq!(
        directive("form-action"),
        "'none'",
        "no form can post anywhere"
    );
    assert_eq!(directive("frame-src"), "'none'", "no frames");
    for (name, value) in csp {
        let value = value.as_str().unwrap_or_default();
        assert!(
            !value.contains("'unsafe-eval'"),
            "{name} allows eval: {value}"
        );
        if name != "img-src" {
            assert!(
                !value
                    .split_whitespace()
                    .any(|t| t == "*" || t == "http:" || t == "https:"),
                "{name} reaches the whole web: {value}"
            );
        }
    }
    assert!(
        !app["security"]["dangerousDisableAssetCspModification"]
            .as_bool()
            .unwrap_or(false),
        "Tauri's nonce/hash CSP injection stays on"
    );
}

#[test]
fn the_webview_may_call_rpc_save_its_export_hear_events_and_close_itself_and_nothing_else() {
    let dir = tauri_dir().join("capabilities");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).expect("capabilities dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        files += 1;
        let cap = read_json(&path);
        let perms = cap["permissions"].as_array().expect("permissions listed");
        let names: Vec<String> = perms
            .iter()
            .map(|p| {
                p.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| p["identifier"].to_string())
            })
            .collect();
        assert_eq!(
            names,
            [
                "allow-rpc",
                "allow-save-notebook-json",
                "core:event:allow-listen",
                "core:event:allow-unlisten",
                "core:window:allow-destroy"
            ],
            "{path:?}: only the rpc command, saving the JSON export in the Downloads folder, \
             listening to events and closing the window once its held-back deletes are \
             carried out; no emit, fs, shell, http or other core permission"
        );
        assert!(
            cap.get("remote").is_none(),
            "{path:?}: no remote origin gets the capability"
        );
    }
    assert!(files >= 1, "a capability file exists");
    let build = std::fs::read_to_string(tauri_dir().join("build.rs")).expect("build.rs");
    assert!(
        build.contains(".commands(&[\"rpc\", \"save_notebook_json\"])"),
        "build.rs declares exactly the two app commands the permissions name: {build}"
    );
    let main = std::fs::read_to_string(tauri_dir().join("src/main.rs")).expect("main.rs");
    assert!(
        main.contains("generate_handler![rpc, save_notebook_json]"),
        "the app handles exactly those two commands"
    );
    assert!(
        main.contains("async fn save_notebook_json(\n    app: tauri::AppHandle,\n    opening: tauri::State<'_, Opening>,\n) ->"),
        "save_notebook_json takes nothing from the page (no path)"
    );
}

#[test]
fn the_clip_shortcut_plugins_stay_out_of_the_webviews_reach() {
    let main = std::fs::read_to_string(tauri_dir().join("src/main.rs")).expect("main.rs");
    for plugin in [
        "tauri_plugin_clipboard_manager::init()",
        "tauri_plugin_notification::init()",
        "shortcut::plugin()",
    ] {
        assert!(main.contains(plugin), "main.rs loads {plugin}");
    }
    for entry in std::fs::read_dir(tauri_dir().join("capabilities")).expect("capabilities dir") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("capability file");
        for name in ["clipboard", "notification", "global-shortcut"] {
            assert!(
                !text.contains(name),
                "{path:?} grants a {name} permission: the page could read the clipboard or \
                 send notifications itself; the shortcut is handled in Rust"
            );
        }
    }
    let tauri_conf = read_json(&tauri_dir().join("tauri.conf.json"));
    assert!(
        tauri_conf["plugins"].get("clipboard-manager").is_none(),
        "no plugin configuration widens the clipboard plugin"
    );
}

//! Tauri's build step: embeds the config and ui/dist, and declares the app's commands
//! (`rpc`, and `save_notebook_json` for the one export too large for it) so capabilities
//! can allow exactly them.

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(&["rpc", "save_notebook_json"])),
    )
    .expect("the Tauri build step failed");
}

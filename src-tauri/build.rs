//! Tauri's build step: embeds the config and ui/dist, and declares the one app command
//! (`rpc`) so capabilities can allow exactly it.

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(&["rpc"])),
    )
    .expect("the Tauri build step failed");
}

//! The TypeScript side of the command table: `bindings()` writes the declarations of every
//! type that crosses it, and a test fails when the committed `ui/src/lib/api/bindings.ts`
//! drifts from them (`make bindings` writes it again).

use ts_rs::TS;

use super::{ApiError, ErrorCode, NotebookChoice, Request, Response};
use crate::carry::export::{ExportFile, ExportFormat};
use crate::carry::import::{ImportSource, Skipped};
use crate::notebook::TimelineAsk;
use crate::notebook::{
    BackupInfo, FeedInfo, FeedPoll, Job, ProgressEvent, ReanalyzeReport, ReextractReport, Restored,
    ToolImportReport,
};
use crate::store::feeds::FeedRow;

/// The TypeScript declarations of every type that crosses the command table, as the
/// committed `ui/src/lib/api/bindings.ts` holds them.
pub fn bindings() -> String {
    use crate::model::*;
    let cfg = ts_rs::Config::new().with_large_int("number");
    let decls = [
        Via::decl(&cfg),
        ArticleSummary::decl(&cfg),
        Article::decl(&cfg),
        ArticleCopy::decl(&cfg),
        StoryArticle::decl(&cfg),
        ArticleEntity::decl(&cfg),
        Note::decl(&cfg),
        Highlight::decl(&cfg),
        Tag::decl(&cfg),
        Retagged::decl(&cfg),
        TagRenamed::decl(&cfg),
        TagDeleted::decl(&cfg),
        Holder::decl(&cfg),
        ClipStatus::decl(&cfg),
        ClippedArticle::decl(&cfg),
        ClipOutcome::decl(&cfg),
        ClipSource::decl(&cfg),
        SearchHit::decl(&cfg),
        UnknownName::decl(&cfg),
        Precision::decl(&cfg),
        Tense::decl(&cfg),
        EventKind::decl(&cfg),
        Amount::decl(&cfg),
        TimelineItem::decl(&cfg),
        Lane::decl(&cfg),
        Timeline::decl(&cfg),
        LaneBy::decl(&cfg),
        TimelineAsk::decl(&cfg),
        LibrarySort::decl(&cfg),
        Preference::decl(&cfg),
        NotebookInfo::decl(&cfg),
        SavedFile::decl(&cfg),
        BackupInfo::decl(&cfg),
        Restored::decl(&cfg),
        ReanalyzeReport::decl(&cfg),
        ReextractReport::decl(&cfg),
        Job::decl(&cfg),
        ProgressEvent::decl(&cfg),
        ImportSource::decl(&cfg),
        ToolImportReport::decl(&cfg),
        NotebookChoice::decl(&cfg),
        EntityInfo::decl(&cfg),
        EntityEffect::decl(&cfg),
        EntitySuggestion::decl(&cfg),
        ThemeInfo::decl(&cfg),
        ArticleTheme::decl(&cfg),
        MemoSubject::decl(&cfg),
        Memo::decl(&cfg),
        SavedSearch::decl(&cfg),
        FeedRow::decl(&cfg),
        FeedInfo::decl(&cfg),
        FeedPoll::decl(&cfg),
        Skipped::decl(&cfg),
        ExportFormat::decl(&cfg),
        ExportFile::decl(&cfg),
        Request::decl(&cfg),
        Response::decl(&cfg),
        ErrorCode::decl(&cfg),
        ApiError::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types in src/model and src/api by `make bindings`.\n\
         // Do not edit: a test fails when this file and the Rust types disagree.\n\n",
    );
    for decl in decls {
        out.push_str("export ");
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    // The limits a face checks before sending, so that it never copies the engine's number.
    let max = crate::clip::sniff::MAX_INPUT_BYTES;
    out.push_str(&format!(
        "/** The most bytes one request may carry as a page, a file or an export. */\n\
         export const MAX_INPUT_BYTES = {max};\n"
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BINDINGS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/ui/src/lib/api/bindings.ts");

    #[test]
    fn committed_bindings_match_the_rust_types() {
        let want = bindings();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(BINDINGS, &want).expect("write bindings");
        }
        let have = std::fs::read_to_string(BINDINGS).unwrap_or_default();
        assert!(
            have == want,
            "ui/src/lib/api/bindings.ts is out of date with the Rust types; run `make bindings`"
        );
    }

    #[test]
    fn requests_use_the_cmd_args_shape() {
        let req: Request = serde_json::from_str(r#"{"cmd":"ArticleGet","args":{"id":7}}"#).unwrap();
        assert_eq!(req, Request::ArticleGet { id: 7 });
        let req: Request = serde_json::from_str(r#"{"cmd":"TagList"}"#).unwrap();
        assert_eq!(req, Request::TagList);
        let req: Request = serde_json::from_str(
            r#"{"cmd":"TimelineGet","args":{"entities":["Meta"],"limit":20}}"#,
        )
        .unwrap();
        let want = TimelineAsk {
            entities: vec!["Meta".into()],
            limit: Some(20),
            ..TimelineAsk::default()
        };
        assert_eq!(req, Request::TimelineGet(want.clone()));
        assert_eq!(
            serde_json::to_value(Request::TimelineGet(want)).unwrap(),
            serde_json::json!({"cmd": "TimelineGet", "args": {"entities": ["Meta"], "limit": 20}}),
            "what is not asked is left out"
        );
        let err = ApiError::new(ErrorCode::NotFound, "No article 7.");
        assert_eq!(
            serde_json::to_value(&err).unwrap(),
            serde_json::json!({"code": "not_found", "message": "No article 7."})
        );
    }
}

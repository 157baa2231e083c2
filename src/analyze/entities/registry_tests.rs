//! Tests of registry parsing and validation, including the shipped data files.

use super::super::{BUILTIN_SOURCES, Kind};
use super::{Entry, Registry, RegistryError};

#[test]
fn builtin_registry_is_clean_and_large() {
    let registry = Registry::builtin();
    let problems = registry.validate();
    assert!(
        problems.is_empty(),
        "the shipped registry must validate:\n{}",
        problems.join("\n")
    );
    assert!(
        registry.entries.len() >= 500,
        "issue 4 asks for at least 500 entries, found {}",
        registry.entries.len()
    );
    for (file, text) in BUILTIN_SOURCES {
        let n = Registry::parse_tsv(file, text).unwrap().len();
        println!("{file}: {n}");
    }
}

#[test]
fn parents_and_lookup_follow_the_seed() {
    let r = Registry::builtin();
    assert_eq!(r.get("instagram").and_then(Entry::parent), Some("meta"));
    assert_eq!(r.get("google").and_then(Entry::parent), Some("alphabet"));
    let wang = r
        .get("alexandr-wang")
        .expect("Alexandr Wang is in the registry");
    assert_eq!(wang.kind, Kind::Person);
    assert!(
        wang.parents.iter().any(|p| p == "meta") && wang.parents.iter().any(|p| p == "scale-ai")
    );
    assert_eq!(
        r.lookup("Meta Platforms Inc.").map(|e| e.key.as_str()),
        Some("meta")
    );
    assert_eq!(
        r.lookup("meta platforms").map(|e| e.key.as_str()),
        Some("meta")
    );
    assert!(r.lookup("Nonexistent Widgets").is_none());
}

#[test]
fn bad_rows_are_reported_with_their_line() {
    let err = Registry::parse_tsv(
        "x.tsv",
        "key\tname\tkind\tparent\taliases\tcontext\na\tA\tplanet\t\t\t\n",
    )
    .unwrap_err();
    assert!(err.to_string().contains("x.tsv line 2"), "{err}");
    let dup = "a\tA\tcompany\t\t\t\na\tB\tcompany\t\t\t\n";
    let entries = Registry::parse_tsv("d.tsv", dup).unwrap();
    assert!(matches!(
        Registry::new(entries),
        Err(RegistryError::DuplicateKey(_))
    ));
}

#[test]
fn shared_ungated_alias_is_a_problem() {
    let rows = "a\tAlpha\tcompany\t\tAcme\t\nb\tBeta\tcompany\tnope\tAcme\t\n";
    let r = Registry::new(Registry::parse_tsv("t.tsv", rows).unwrap()).unwrap();
    let problems = r.validate();
    assert!(
        problems.iter().any(|p| p.contains("`acme`")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("parent `nope`")),
        "{problems:?}"
    );
}

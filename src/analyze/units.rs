//! How a figure's unit reads after its number: the units are kept plural ("gigawatts",
//! as `figures` names them), and a quantity of exactly one reads singular ("1 gigawatt").
//! Written by hand: the few plural forms units take need no inflection library.

use std::borrow::Cow;

/// Units whose singular is not the plural without its ending.
#[rustfmt::skip]
const IRREGULAR_SINGULARS: &[(&str, &str)] = &[
    ("people", "person"), ("children", "child"), ("square feet", "square foot"),
    ("percent", "percent"), ("staff", "staff"),
];

/// How a canonical `unit` (always plural, as [`Figure::unit`](super::figures::Figure::unit) holds it) reads after the
/// number `value`: singular after exactly one ("1 gigawatt", and so for a value written
/// "1.0"), unchanged otherwise ("1.5 gigawatts", "0 jobs"). For a range, pass its high end.
/// Units with no singular ("percent", "staff") never change.
pub fn unit_for(unit: &str, value: f64) -> Cow<'_, str> {
    if value != 1.0 {
        return Cow::Borrowed(unit);
    }
    if let Some((_, one)) = IRREGULAR_SINGULARS.iter().find(|(many, _)| *many == unit) {
        return Cow::Borrowed(one);
    }
    // Abbreviations ("GW") are not plurals.
    if !unit.chars().any(char::is_lowercase) {
        return Cow::Borrowed(unit);
    }
    let one = if let Some(stem) = unit.strip_suffix("ies") {
        format!("{stem}y") // "copies", "factories"
    } else if ["ches", "shes", "xes"].iter().any(|e| unit.ends_with(e)) {
        unit[..unit.len() - 2].to_string() // "inches"
    } else if unit.ends_with('s') && !unit.ends_with("ss") {
        unit[..unit.len() - 1].to_string()
    } else {
        return Cow::Borrowed(unit);
    };
    Cow::Owned(one)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unit_after_one_is_singular() {
        let cases = [
            ("gigawatts", 1.0, "gigawatt"),
            ("gigawatts", 1.5, "gigawatts"),
            ("gigawatts", 2.0, "gigawatts"),
            ("gigawatt-hours", 1.0, "gigawatt-hour"),
            ("percentage points", 1.0, "percentage point"),
            ("jobs", 1.0, "job"),
            ("copies", 1.0, "copy"),
            ("inches", 1.0, "inch"),
            ("people", 1.0, "person"),
            ("square feet", 1.0, "square foot"),
            ("percent", 1.0, "percent"),
            ("staff", 1.0, "staff"),
            ("GPUs", 1.0, "GPU"),
            ("jobs", 0.0, "jobs"),
        ];
        for (unit, value, want) in cases {
            assert_eq!(unit_for(unit, value), want, "{value} {unit}");
        }
        // A figure read as "1 GW" or "1.0 gigawatts" holds the plural canonical name.
        for sentence in [
            "a 1 GW site",
            "a 1.0 gigawatts site",
            "one gigawatt of power",
        ] {
            let f = &super::super::figures::find_figures(sentence)[0];
            let unit = f.unit.as_deref().expect("a unit");
            assert_eq!(unit_for(unit, f.value), "gigawatt", "{sentence:?}");
        }
    }
}

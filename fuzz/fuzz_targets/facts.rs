//! Fact extraction: any text gives facts without a panic, and every
//! evidence span is a real piece of that text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let facts = qari::facts::extract(&text);
    let spans = facts
        .meetings
        .iter()
        .map(|m| &m.evidence)
        .chain(facts.quotes.iter().map(|q| &q.evidence))
        .chain(facts.statements.iter().map(|q| &q.evidence))
        .chain(facts.agreements.iter().map(|a| &a.evidence))
        .chain(facts.topics.iter().flat_map(|t| &t.evidence))
        .chain(facts.people.iter().flat_map(|p| &p.mentions));
    for span in spans {
        assert_eq!(
            text.get(span.start..span.end),
            Some(span.text.as_str()),
            "span {}..{}",
            span.start,
            span.end
        );
    }
});

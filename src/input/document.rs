//! An article's text split into paragraphs: its title, date and photo
//! caption found, and page clutter (share buttons, counters, menus …) set
//! aside. The line rules are in [`super::clutter`].

use super::clutter::{self, LineKind};
use std::ops::Range;

/// How many of the first shown paragraphs may hold the date and caption.
const HEADER_LINES: usize = 4;

/// An article split for reading, as byte ranges into the article text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// The headline: the first shown paragraph, when it reads like one and
    /// more paragraphs follow.
    pub title: Option<Range<usize>>,
    /// The date line ("22 أبريل 2021", "Tuesday, 8 October 2024"), among
    /// the first paragraphs.
    pub date: Option<Range<usize>>,
    /// A photo caption: a short line in parentheses right under the title
    /// or the date ("(رويترز)").
    pub caption: Option<Range<usize>>,
    /// Every paragraph the reader shows, in order, the title first (the date
    /// and caption included), trimmed, never empty.
    pub paragraphs: Vec<Range<usize>>,
    /// Lines of page clutter, in order: not shown as article text.
    pub clutter: Vec<Range<usize>>,
}

impl Document {
    /// Splits an article into paragraphs (one per non-blank line, white space
    /// trimmed), sets clutter lines aside and finds the title, date and caption.
    pub fn parse(text: &str) -> Document {
        let mut doc = Document::default();
        let mut kinds = Vec::new();
        let mut related_list = false;
        for line in split_paragraphs(text) {
            let line_text = &text[line.clone()];
            related_list = related_list && clutter::is_related_headline(line_text);
            if related_list {
                doc.clutter.push(line);
                continue;
            }
            related_list = clutter::is_related_header(line_text);
            match clutter::classify(line_text) {
                LineKind::Clutter => doc.clutter.push(line),
                kind => {
                    doc.paragraphs.push(line);
                    kinds.push(kind);
                }
            }
        }
        doc.find_header(text, &kinds);
        doc
    }

    /// Title, date and caption among the first shown paragraphs.
    fn find_header(&mut self, text: &str, kinds: &[LineKind]) {
        let first = self.paragraphs.first().cloned();
        if let Some(first) = first {
            if self.paragraphs.len() > 1 && clutter::is_headline(&text[first.clone()]) {
                self.title = Some(first);
            }
        }
        let head = kinds.len().min(HEADER_LINES);
        let date = kinds[..head].iter().position(|k| *k == LineKind::Date);
        self.date = date.map(|i| self.paragraphs[i].clone());
        let above = match (date, self.title.is_some()) {
            (Some(i), _) => Some(i),
            (None, true) => Some(0),
            (None, false) => None,
        };
        let below = above.map(|i| i + 1).and_then(|i| self.paragraphs.get(i));
        self.caption = below
            .filter(|r| clutter::is_caption(&text[(*r).clone()]))
            .cloned();
    }
}

/// One byte range per non-blank line of `text`, with surrounding white space
/// (including a `\r` before the `\n`) trimmed off.
pub fn split_paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut paragraphs = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let leading = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let begin = start + leading;
            paragraphs.push(begin..begin + trimmed.len());
        }
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
    }

    fn part(text: &str, range: &Option<Range<usize>>) -> Option<String> {
        range.clone().map(|r| text[r].to_string())
    }

    #[test]
    fn paragraphs_are_non_blank_lines_trimmed() {
        let text = "Title\r\n\n  first line  \n\t\nsecond\n";
        let doc = Document::parse(text);
        assert_eq!(
            texts(text, &doc.paragraphs),
            ["Title", "first line", "second"]
        );
        assert_eq!(part(text, &doc.title).as_deref(), Some("Title"));
    }

    #[test]
    fn a_single_paragraph_has_no_title() {
        assert_eq!(Document::parse("only one\n").title, None);
    }

    #[test]
    fn copied_page_text_is_cleaned() {
        let text = "+ الخط -\n\
            وزيرة الصحة تفتتح مستشفى جديداً في الجنوب\n\
            ٢٢ نيسان ٢٠٢١\n\
            (فيسبوك)\n\
            المشاهدات : 159\n\
            شارك\n\
            افتتحت وزيرة الصحة اليوم مستشفى يضم مئتي سرير في مدينة ساحلية.\n\
            شارك الوزير في الاجتماع\n\
            وقالت الوزيرة إن المستشفى سيخدم نصف مليون نسمة.\n\
            اقرأ أيضاً\n\
            الرئيسية | سياسة | اقتصاد | رياضة\n\
            05:02 م\n";
        let doc = Document::parse(text);
        assert_eq!(
            part(text, &doc.title).as_deref(),
            Some("وزيرة الصحة تفتتح مستشفى جديداً في الجنوب")
        );
        assert_eq!(part(text, &doc.date).as_deref(), Some("٢٢ نيسان ٢٠٢١"));
        assert_eq!(part(text, &doc.caption).as_deref(), Some("(فيسبوك)"));
        assert_eq!(
            texts(text, &doc.clutter),
            [
                "+ الخط -",
                "المشاهدات : 159",
                "شارك",
                "اقرأ أيضاً",
                "الرئيسية | سياسة | اقتصاد | رياضة",
                "05:02 م"
            ]
        );
        assert_eq!(doc.paragraphs.len(), 6);
        assert!(texts(text, &doc.paragraphs).contains(&"شارك الوزير في الاجتماع"));
    }

    #[test]
    fn the_headlines_under_read_also_are_chrome() {
        let text = "الوزير يفتتح معرض الكتاب\n\
            افتتح وزير الثقافة اليوم معرض الكتاب في دورته العاشرة.\n\
            اقرأ أيضا:\n\
            الرئيس يتلقى اتصالا هاتفيا من نظيره\n\
            \n\
            وزير الخارجية يلتقى سفير اليابان\n\
            وقال الوزير إن المعرض يضم ألف دار نشر.\n\
            Related articles\n\
            Minister meets the ambassador of Japan\n";
        let doc = Document::parse(text);
        assert_eq!(
            texts(text, &doc.clutter),
            [
                "اقرأ أيضا:",
                "الرئيس يتلقى اتصالا هاتفيا من نظيره",
                "وزير الخارجية يلتقى سفير اليابان",
                "Related articles",
                "Minister meets the ambassador of Japan"
            ]
        );
        assert!(texts(text, &doc.paragraphs).contains(&"وقال الوزير إن المعرض يضم ألف دار نشر."));
    }

    #[test]
    fn english_page_text() {
        let text = "Ministers agree on a new rail link\n\
            Tuesday, 8 October 2024\n\
            (Getty)\n\
            Share this:\n\
            The two ministers signed the agreement in the capital on Tuesday.\n\
            Advertisements\n\
            \"It is a good day,\" one of them said.\n\
            Leave a comment\n\
            Follow us on Facebook and X\n";
        let doc = Document::parse(text);
        assert_eq!(
            part(text, &doc.date).as_deref(),
            Some("Tuesday, 8 October 2024")
        );
        assert_eq!(part(text, &doc.caption).as_deref(), Some("(Getty)"));
        assert_eq!(doc.clutter.len(), 4);
        assert_eq!(doc.paragraphs.len(), 5);
    }

    #[test]
    fn a_sentence_first_is_not_a_title_and_a_late_caption_is_text() {
        let text = "وقال الوزير:\nإن الاتفاق سيوقع غداً.\n(رويترز)\n";
        let doc = Document::parse(text);
        assert_eq!(doc.title, None);
        assert_eq!(doc.caption, None);
        let text = "Headline here\nA first paragraph of the story.\n(Getty)\n";
        assert_eq!(Document::parse(text).caption, None);
    }

    #[test]
    fn the_date_may_come_before_a_caption_without_title() {
        let text = "date 2025-08-13\n(رويترز)\nنص الخبر الأول هنا.\n";
        let doc = Document::parse(text);
        assert_eq!(part(text, &doc.date).as_deref(), Some("date 2025-08-13"));
        assert_eq!(part(text, &doc.caption).as_deref(), Some("(رويترز)"));
    }

    #[test]
    fn every_bundled_sample_keeps_all_its_paragraphs() {
        for sample in super::super::samples::SAMPLES {
            let doc = Document::parse(sample.text);
            assert!(
                doc.clutter.is_empty(),
                "{}: {:?}",
                sample.name,
                texts(sample.text, &doc.clutter)
            );
            assert_eq!(
                doc.paragraphs,
                split_paragraphs(sample.text),
                "{}",
                sample.name
            );
            assert!(doc.title.is_some(), "{} has a headline", sample.name);
        }
        let visit = super::super::samples::SAMPLES
            .iter()
            .find(|s| s.name == "ar-visit.txt")
            .map(|s| s.text)
            .unwrap_or_default();
        let doc = Document::parse(visit);
        assert_eq!(part(visit, &doc.date).as_deref(), Some("22 أبريل 2021"));
        assert!(part(visit, &doc.caption).is_some_and(|c| c.starts_with("(الصورة")));
    }

    #[test]
    fn a_hundred_thousand_short_lines_take_linear_time() {
        let mut text = String::new();
        for i in 0..100_000 {
            text.push_str(match i % 4 {
                0 => "شارك\n",
                1 => "المشاهدات : 159\n",
                2 => "قال الوزير إن الاتفاق مهم.\n",
                _ => "Share this:\n",
            });
        }
        let start = std::time::Instant::now();
        let doc = Document::parse(&text);
        assert_eq!(doc.paragraphs.len() + doc.clutter.len(), 100_000);
        assert_eq!(doc.paragraphs.len(), 25_000);
        // Generous bound for a debug build on a slow machine; quadratic work
        // over 100 000 lines would take minutes.
        assert!(start.elapsed().as_secs() < 10, "{:?}", start.elapsed());
    }

    #[test]
    fn a_huge_line_is_text() {
        let text = "ش".repeat(3_000_000);
        let doc = Document::parse(&text);
        assert_eq!(doc.paragraphs.len(), 1);
        assert!(doc.clutter.is_empty());
    }
}

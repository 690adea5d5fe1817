//! Drawing the reader: the title line, the article pane, the facts pane,
//! the status line and the boxes drawn over them. Rows come finished from
//! the layout engine; this only puts their cells on the screen (never
//! ratatui's own wrapping or alignment, which know nothing of bidi).
//!
//! Highlights are drawn with reverse video, bold and underline, never with
//! colour alone, so they survive `NO_COLOR` and 16-colour terminals.

use super::app::{App, Focus, Overlay, Tab};
use super::facts_view::{Entry, FactsView};
use super::i18n::Strings;
use super::reader::Line;
use crate::layout::{self, Cell, Direction, LayoutOptions, Row};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use std::ops::Range;

/// Screen lines that are not panes: the title and the status line.
pub const CHROME_LINES: u16 = 2;

/// Article text drawn highlighted (a quote, a search match, evidence).
#[derive(Clone, Copy)]
struct Highlight<'a> {
    span: &'a Range<usize>,
    style: Style,
}

/// The style of highlighted text: the configured background colour, with
/// an underline that stays under `NO_COLOR`; reverse video without one.
fn highlight_style(color: Option<ratatui::style::Color>) -> Style {
    match color {
        Some(color) => Style::default()
            .bg(color)
            .fg(ratatui::style::Color::Black)
            .add_modifier(Modifier::UNDERLINED),
        None => Style::default().add_modifier(Modifier::REVERSED),
    }
}

/// The screen rows of the panes in a screen of `area`.
pub fn pane_rows(area: Rect) -> Range<u16> {
    area.y + 1..area.bottom().saturating_sub(1).max(area.y + 1)
}

/// Draws the whole screen into a buffer the size of the terminal.
pub fn draw(buf: &mut Buffer, app: &mut App) {
    let area = buf.area;
    if area.height < CHROME_LINES + 1 || area.width == 0 {
        return;
    }
    let panes = app.panes();
    let strings = app.settings.strings;
    let highlight_color = app.settings.highlight;
    let focus = app.focus;
    let (index, count) = app.article_count();
    let quote = app.quote_status();
    let message = app.message.clone();
    let overlay = app.overlay;
    let Some(tab) = app.tab() else {
        return;
    };
    draw_title(buf, area, tab);
    if let Some(rect) = panes.article {
        draw_article(buf, rect, tab, highlight_style(highlight_color));
    }
    if let Some(rect) = panes.facts {
        draw_facts(buf, rect, tab, strings, focus == Focus::Facts);
    }
    if let (Some(a), Some(f)) = (panes.article, panes.facts) {
        draw_separator(buf, a, f);
    }
    let status = Status {
        index,
        count,
        quote,
        message,
    };
    draw_status(buf, area, tab, strings, &status);
    match overlay {
        Some(Overlay::Help) => draw_help(buf, area, app),
        Some(Overlay::Articles(selected)) => {
            let names: Vec<String> = app.tabs().iter().map(tab_label).collect();
            draw_list(buf, area, strings.articles_title, &names, selected, strings)
        }
        None => {}
    }
}

/// "name — title" for the list of open articles.
fn tab_label(tab: &Tab) -> String {
    let title = tab
        .reader
        .document
        .title
        .clone()
        .and_then(|r| tab.reader.article.text.get(r))
        .unwrap_or("");
    format!("{} — {}", tab.reader.article.name, title)
}

/// The headline, in bold, right-aligned when it reads right to left.
fn draw_title(buf: &mut Buffer, area: Rect, tab: &Tab) {
    let article = &tab.reader.article;
    let title = tab
        .reader
        .document
        .title
        .clone()
        .and_then(|r| article.text.get(r))
        .unwrap_or(&article.name);
    let width = usize::from(area.width);
    let layout = layout::layout_paragraph(title, 0, &LayoutOptions::new(width));
    if let Some(row) = layout.rows.first() {
        let style = Style::default().add_modifier(Modifier::BOLD);
        draw_row(buf, area.x, area.y, area.width, row, style, None);
    }
}

/// The article rows, with the highlighted span drawn in `lit`.
fn draw_article(buf: &mut Buffer, rect: Rect, tab: &mut Tab, lit: Style) {
    let span = tab.highlight.clone();
    let highlight = span.as_ref().map(|span| Highlight { span, style: lit });
    for (i, line) in tab.reader.visible_lines().iter().enumerate() {
        if let Line::Text(row) = line {
            let y = rect.y + i as u16;
            draw_row(buf, rect.x, y, rect.width, row, Style::default(), highlight);
        }
    }
}

/// A column of `│` between the panes.
fn draw_separator(buf: &mut Buffer, article: Rect, facts: Rect) {
    let x = if facts.x < article.x {
        article.x - 1
    } else {
        facts.x - 1
    };
    let style = Style::default().add_modifier(Modifier::DIM);
    for y in article.y..article.bottom() {
        buf.set_string(x, y, "│", style);
    }
}

/// The facts pane: section headings and their items, the selected one
/// marked; scrolled so that the selection is on screen.
fn draw_facts(buf: &mut Buffer, rect: Rect, tab: &mut Tab, strings: &Strings, focused: bool) {
    let Some(facts) = tab.facts.as_ref() else {
        let mut options = LayoutOptions::new(usize::from(rect.width));
        options.base = strings.right_to_left.then_some(Direction::Rtl);
        let pending = layout::layout_paragraph(strings.facts_pending, 0, &options);
        for (row, y) in pending.rows.iter().zip(rect.y..rect.bottom()) {
            draw_row(buf, rect.x, y, rect.width, row, Style::default(), None);
        }
        return;
    };
    let entries = facts.entries(&tab.folded);
    let cursor = tab.facts_cursor.min(entries.len().saturating_sub(1));
    let rows_of = |i: usize| entry_rows(facts, &tab.folded, entries[i], rect.width, strings);
    // Only the entries on screen are laid out: a long article's facts can
    // run to thousands of rows, and this runs on every frame.
    tab.facts_scroll = scroll_to_show(rows_of, tab.facts_scroll, cursor, rect.height);
    let mut y = rect.y;
    for (i, entry) in entries.iter().enumerate().skip(tab.facts_scroll) {
        if y >= rect.bottom() {
            return;
        }
        let mut style = match entry {
            Entry::Heading(_) => Style::default().add_modifier(Modifier::BOLD),
            Entry::Item(..) => Style::default(),
        };
        if i == cursor {
            style = style.add_modifier(if focused {
                Modifier::REVERSED
            } else {
                Modifier::UNDERLINED
            });
        }
        for row in rows_of(i) {
            if y >= rect.bottom() {
                return;
            }
            draw_row(buf, rect.x, y, rect.width, &row, style, None);
            y += 1;
        }
    }
}

/// The rows of one facts-pane entry at a width.
fn entry_rows(
    facts: &FactsView,
    folded: &[super::facts_view::SectionKind],
    entry: Entry,
    width: u16,
    strings: &Strings,
) -> Vec<Row> {
    let text = match entry {
        Entry::Heading(s) => {
            let section = &facts.sections[s];
            let mark = if folded.contains(&section.kind) {
                '▸'
            } else {
                '▾'
            };
            let count = section.items.len();
            let name = section.kind.name(strings);
            if count == 0 {
                format!("{mark} {name} · {}", strings.facts_none)
            } else {
                format!("{mark} {name} ({count})")
            }
        }
        Entry::Item(..) => match facts.item(entry) {
            Some(item) => format!("• {}", item.text),
            None => String::new(),
        },
    };
    let mut options = LayoutOptions::new(usize::from(width.max(1)));
    if strings.right_to_left && matches!(entry, Entry::Heading(_)) {
        options.base = Some(Direction::Rtl);
    }
    layout::layout_paragraph(&text, 0, &options).rows
}

/// The first entry to show so that entry `cursor` is on screen, moving the
/// scroll as little as possible; `rows_of` lays out an entry. Walks up from
/// the cursor, so it lays out no more than a screenful of entries.
fn scroll_to_show(
    rows_of: impl Fn(usize) -> Vec<Row>,
    scroll: usize,
    cursor: usize,
    height: u16,
) -> usize {
    if cursor < scroll {
        return cursor;
    }
    let height = usize::from(height);
    let mut first = cursor;
    let mut used = rows_of(cursor).len();
    while first > scroll {
        let above = rows_of(first - 1).len();
        if used + above > height {
            break;
        }
        used += above;
        first -= 1;
    }
    first
}

/// What the status line shows besides the article's own state.
struct Status {
    index: usize,
    count: usize,
    quote: Option<(usize, usize, Option<String>)>,
    message: Option<String>,
}

/// The status line in reverse video: file name, language, encoding, position, the
/// current quote or search, and the key hints (or a message, or the search
/// being typed). Mirrored for a right-to-left interface.
fn draw_status(buf: &mut Buffer, area: Rect, tab: &mut Tab, strings: &Strings, status: &Status) {
    let y = area.bottom() - 1;
    let style = Style::default().add_modifier(Modifier::REVERSED);
    buf.set_style(Rect::new(area.x, y, area.width, 1), style);
    let mut fields = vec![tab.reader.article.name.clone()];
    if status.count > 1 {
        fields.push(format!("{}/{}", status.index, status.count));
    }
    if let Some(language) = tab.facts.as_ref().and_then(|f| f.language.clone()) {
        fields.push(language);
    }
    fields.push(tab.reader.article.encoding.to_string());
    fields.push(format!("{}%", tab.reader.percent()));
    let search = tab.search.as_ref();
    if let Some(search) = search.filter(|s| !s.editing && !s.matches.is_empty()) {
        let n = search.matches.len();
        fields.push(format!(
            "{} {}/{}",
            strings.search_match,
            search.current + 1,
            n
        ));
    } else if let Some((i, n, speaker)) = &status.quote {
        let mut field = format!("{} {i}/{n}", strings.quote);
        if let Some(speaker) = speaker {
            field.push_str(" · ");
            field.push_str(speaker);
        }
        fields.push(field);
    }
    if strings.right_to_left {
        // Read from the right: the file name first, at the right edge.
        fields.reverse();
    }
    let hints = match (search.filter(|s| s.editing), &status.message) {
        (Some(search), _) => format!("{}{}", strings.search_prompt, search.query),
        (None, Some(message)) => message.clone(),
        (None, None) => strings.key_hints.to_string(),
    };
    let width = |cells: &[Cell]| cells.iter().map(|c| c.width as u16).sum::<u16>();
    // File names and numbers read left to right; the hints are sentences of
    // the interface's language.
    let hints_base = if strings.right_to_left {
        Direction::Rtl
    } else {
        Direction::Ltr
    };
    let state = field_cells(&fields);
    let mut hints = interface_cells_based(&hints, hints_base);
    // One column of margin at each edge and at least two between the groups.
    let fits = |hints: &[Cell]| width(&state) + width(hints) + 4 <= area.width;
    if !fits(&hints) && status.message.is_none() && search.is_none() {
        hints = interface_cells_based(strings.short_hints, hints_base);
    }
    // The article's state starts the line, at the left edge or, in a
    // right-to-left interface, at the right; the hints take the other end
    // when there is room for them.
    let (state_x, hints_x) = if strings.right_to_left {
        let state_x = area
            .right()
            .saturating_sub(width(&state) + 1)
            .max(area.x + 1);
        (state_x, area.x + 1)
    } else {
        let hints_x = area.right().saturating_sub(width(&hints) + 1);
        (area.x + 1, hints_x)
    };
    draw_cells(buf, state_x, y, area.right(), &state, style, None);
    if fits(&hints) {
        draw_cells(buf, hints_x, y, area.right(), &hints, style, None);
    }
}

/// Fields of the status line, each laid out on its own (so that bidi
/// controls in a file name stay inside it), two spaces apart.
fn field_cells(fields: &[String]) -> Vec<Cell> {
    let space = Cell {
        symbol: " ".into(),
        width: 1,
        source: 0..0,
    };
    let mut cells = Vec::new();
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            cells.extend([space.clone(), space.clone()]);
        }
        cells.extend(interface_cells(field));
    }
    cells
}

/// The help: every key and what it does, in a box over the panes.
fn draw_help(buf: &mut Buffer, area: Rect, app: &App) {
    let strings = app.settings.strings;
    let lines: Vec<BoxLine> = app
        .settings
        .keymap
        .help_rows(strings)
        .into_iter()
        .map(|(keys, what)| BoxLine {
            key: Some(keys),
            text: what.to_string(),
        })
        .chain([BoxLine::plain(""), BoxLine::plain(strings.help_close)])
        .collect();
    draw_box(buf, area, strings.help_title, &lines, None, strings);
}

/// A list in a box with one line selected.
fn draw_list(
    buf: &mut Buffer,
    area: Rect,
    title: &str,
    items: &[String],
    selected: usize,
    strings: &Strings,
) {
    let lines: Vec<BoxLine> = items.iter().map(|item| BoxLine::plain(item)).collect();
    draw_box(buf, area, title, &lines, Some(selected), strings);
}

/// A line in a box: text, and a key name in a column of its own.
struct BoxLine {
    /// Key names (never reordered or mirrored: laid out left to right).
    key: Option<String>,
    /// The text, in the interface's direction.
    text: String,
}

impl BoxLine {
    fn plain(text: &str) -> BoxLine {
        BoxLine {
            key: None,
            text: text.to_string(),
        }
    }
}

/// The width of the key column in the help.
const KEY_COLUMN: u16 = 18;

/// A framed box in the middle of the screen with a title and lines of
/// text (each laid out by the layout engine).
fn draw_box(
    buf: &mut Buffer,
    area: Rect,
    title: &str,
    lines: &[BoxLine],
    selected: Option<usize>,
    strings: &Strings,
) {
    let width = area.width.saturating_sub(4).clamp(1, 90);
    let height = (lines.len() as u16 + 2)
        .min(area.height.saturating_sub(2))
        .max(3);
    let x = area.x + (area.width - width) / 2;
    let y = area.y + (area.height.saturating_sub(height)) / 2;
    let frame = Rect::new(x, y, width, height);
    let plain = Style::default();
    for row in frame.y..frame.bottom() {
        for col in frame.x..frame.right() {
            buf[(col, row)].reset();
        }
    }
    let horizontal = "─".repeat(usize::from(width.saturating_sub(2)));
    buf.set_string(x, y, format!("┌{horizontal}┐"), plain);
    buf.set_string(x, frame.bottom() - 1, format!("└{horizontal}┘"), plain);
    for row in y + 1..frame.bottom() - 1 {
        buf.set_string(x, row, "│", plain);
        buf.set_string(frame.right() - 1, row, "│", plain);
    }
    let title_cells = interface_cells(&format!(" {title} "));
    draw_cells(
        buf,
        x + 2,
        y,
        frame.right() - 1,
        &title_cells,
        plain.add_modifier(Modifier::BOLD),
        None,
    );
    let inner = width.saturating_sub(4);
    let visible = usize::from(height.saturating_sub(2));
    let first = selected.map_or(0, |s| s.saturating_sub(visible.saturating_sub(1)));
    for (i, line) in lines.iter().enumerate().skip(first).take(visible) {
        let row_y = y + 1 + (i - first) as u16;
        let style = if Some(i) == selected {
            plain.add_modifier(Modifier::REVERSED)
        } else {
            plain
        };
        draw_box_line(buf, x + 2, row_y, inner, line, style, strings.right_to_left);
    }
}

/// One line of a box: the key column on the reading side's start (left,
/// or right for a right-to-left interface), the text beside it.
fn draw_box_line(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    width: u16,
    line: &BoxLine,
    style: Style,
    rtl: bool,
) {
    let key_width = if line.key.is_some() {
        KEY_COLUMN.min(width)
    } else {
        0
    };
    let text_width = width - key_width;
    let (key_x, text_x) = if rtl {
        (x + text_width, x)
    } else {
        (x, x + key_width)
    };
    if let Some(key) = &line.key {
        let cells = interface_cells(key);
        let used: u16 = cells.iter().map(|c| c.width as u16).sum();
        let key_x = if rtl {
            key_x + key_width.saturating_sub(used)
        } else {
            key_x
        };
        draw_cells(buf, key_x, y, key_x + key_width, &cells, style, None);
    }
    let mut options = LayoutOptions::new(usize::from(text_width.saturating_sub(1).max(1)));
    if rtl {
        options.base = Some(Direction::Rtl);
    }
    if let Some(row) = layout::layout_paragraph(&line.text, 0, &options)
        .rows
        .first()
    {
        draw_row(buf, text_x, y, text_width, row, style, None);
    }
}

/// Text of the interface (a file name, a label) as safe display cells in
/// visual order: left-to-right base, right-to-left runs reordered, control
/// characters made visible. Each call lays out its text alone, so bidi
/// controls inside it cannot move anything else on the line.
pub fn interface_cells(text: &str) -> Vec<Cell> {
    interface_cells_based(text, Direction::Ltr)
}

/// [`interface_cells`] with the paragraph direction `base`.
fn interface_cells_based(text: &str, base: Direction) -> Vec<Cell> {
    let mut options = LayoutOptions::new(usize::from(u16::MAX));
    options.base = Some(base);
    layout::layout_paragraph(text, 0, &options)
        .rows
        .into_iter()
        .flat_map(|row| row.cells)
        .collect()
}

/// A laid-out row at `x`, its indent included, clipped to `width`.
fn draw_row(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    width: u16,
    row: &Row,
    style: Style,
    highlight: Option<Highlight>,
) {
    let indent = row.indent.min(usize::from(width)) as u16;
    draw_cells(buf, x + indent, y, x + width, &row.cells, style, highlight);
}

/// Puts cells on one screen line from `x`, stopping before `right`; cells
/// whose source overlaps `highlight` are highlighted. Returns the column
/// after the last cell drawn.
fn draw_cells(
    buf: &mut Buffer,
    mut x: u16,
    y: u16,
    right: u16,
    cells: &[Cell],
    style: Style,
    highlight: Option<Highlight>,
) -> u16 {
    for cell in cells {
        let width = cell.width as u16;
        if x.saturating_add(width) > right {
            break;
        }
        let overlaps =
            |h: &Highlight| cell.source.start < h.span.end && h.span.start < cell.source.end;
        let style = match highlight.filter(overlaps) {
            Some(h) => style.patch(h.style),
            None => style,
        };
        buf.set_stringn(x, y, &cell.symbol, usize::from(width), style);
        x += width;
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Article;
    use crate::ui::app::Settings;

    fn app_for(text: &str, width: u16, height: u16) -> App {
        let article = Article::from_text("news.txt", text);
        let mut app = App::new(
            vec![article],
            LayoutOptions::new(usize::from(width)),
            Settings::default(),
        );
        app.resize(Rect::new(0, 0, width, height));
        app
    }

    fn screen(text: &str, width: u16, height: u16) -> Buffer {
        let mut app = app_for(text, width, height);
        let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
        draw(&mut buf, &mut app);
        buf
    }

    fn line(buf: &Buffer, y: u16) -> String {
        (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
    }

    #[test]
    fn right_to_left_rows_end_at_the_right_edge() {
        let buf = screen("عنوان\n\nقال الوزير", 20, 6);
        let row = line(&buf, 1);
        assert!(row.ends_with('ﻗ'), "{row:?}");
        assert!(row.starts_with("          "), "{row:?}");
    }

    #[test]
    fn title_and_status_lines_frame_the_article() {
        let buf = screen("Headline\n\nBody text.", 70, 6);
        assert!(line(&buf, 0).starts_with("Headline"));
        assert!(line(&buf, 1).starts_with("Body text."));
        let status = line(&buf, 5);
        assert!(
            status.contains("news.txt") && status.contains("100%"),
            "{status:?}"
        );
        assert!(buf[(0, 5)].modifier.contains(Modifier::REVERSED));
    }

    #[test]
    fn escape_sequences_in_text_are_drawn_as_symbols() {
        let buf = screen("t\n\nbad \u{1b}[2J here", 30, 5);
        assert!(
            line(&buf, 1).starts_with("bad ␛[2J here"),
            "{:?}",
            line(&buf, 1)
        );
    }

    #[test]
    fn bidi_controls_in_a_file_name_cannot_reorder_the_status_line() {
        let mut app = app_for("t\n\nbody", 70, 5);
        app.tab().expect("tab").reader.article.name = "\u{202e}evil.txt".into();
        let mut buf = Buffer::empty(Rect::new(0, 0, 70, 5));
        draw(&mut buf, &mut app);
        let status = line(&buf, 4);
        assert!(
            status.contains("txt.live") && status.contains("100%"),
            "{status:?}"
        );
        let percent = status.find("100%").expect("percent");
        assert!(
            status.find("txt.live").expect("name") < percent,
            "order kept: {status:?}"
        );
    }

    #[test]
    fn a_right_to_left_interface_reads_the_status_line_from_the_right() {
        let settings = Settings {
            strings: crate::ui::i18n::Language::Arabic.strings(),
            ..Settings::default()
        };
        let mut app = App::new(
            vec![Article::from_text("news.txt", "t\n\nbody")],
            LayoutOptions::new(70),
            settings,
        );
        app.resize(Rect::new(0, 0, 70, 5));
        let mut buf = Buffer::empty(Rect::new(0, 0, 70, 5));
        draw(&mut buf, &mut app);
        let status = line(&buf, 4);
        let name = status.find("news.txt").expect("name");
        let percent = status.find("100%").expect("percent");
        assert!(percent < name, "{status:?}");
        assert!(status.trim_end().ends_with("news.txt"), "{status:?}");
    }

    #[test]
    fn harakat_stay_in_the_cell_of_their_letter() {
        let buf = screen("t\n\nمُحَمَّد", 10, 5);
        let cells: Vec<&str> = (0..10).map(|x| buf[(x, 1)].symbol()).collect();
        assert!(
            cells
                .iter()
                .any(|c| c.chars().count() > 1 && c.contains('\u{064f}')),
            "{cells:?}"
        );
        assert!(
            !cells.iter().any(|c| c.starts_with('\u{064f}')),
            "{cells:?}"
        );
    }

    #[test]
    fn the_highlight_covers_exactly_its_span_across_rows() {
        let text = "t\n\nalpha beta gamma delta";
        let mut app = app_for(text, 12, 6);
        let start = text.find("beta").expect("beta");
        let end = text.find("delta").expect("delta") - 1;
        app.tab().expect("tab").highlight = Some(start..end);
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 6));
        draw(&mut buf, &mut app);
        let lit: String = (1..4)
            .flat_map(|y| (0..12).map(move |x| (x, y)))
            .filter(|&(x, y)| buf[(x, y)].modifier.contains(Modifier::REVERSED))
            .map(|(x, y)| buf[(x, y)].symbol().to_string())
            .collect();
        assert_eq!(
            lit, "betagamma",
            "the break space between rows is not drawn"
        );
    }

    #[test]
    fn the_facts_scroll_just_enough_to_show_the_cursor() {
        let rows = |n: usize| -> Vec<Row> {
            let row = Row {
                indent: 0,
                cells: Vec::new(),
                source: 0..0,
            };
            vec![row; n]
        };
        // Entries of 2 rows each in a pane of 5 rows: two entries fit.
        let two = |_: usize| rows(2);
        assert_eq!(scroll_to_show(two, 0, 1, 5), 0);
        assert_eq!(scroll_to_show(two, 0, 2, 5), 1);
        assert_eq!(scroll_to_show(two, 0, 9, 5), 8);
        assert_eq!(scroll_to_show(two, 6, 3, 5), 3, "up to a cursor above");
        assert_eq!(scroll_to_show(two, 7, 8, 5), 7, "no move when it shows");
        assert_eq!(
            scroll_to_show(|_| rows(9), 0, 4, 5),
            4,
            "a tall entry on top"
        );
    }

    #[test]
    fn highlights_survive_no_color() {
        // Reverse video by default; with a colour, an underline as well, so
        // that NO_COLOR (which drops the colour) still shows the highlight.
        assert!(highlight_style(None)
            .add_modifier
            .contains(Modifier::REVERSED));
        let coloured = highlight_style(Some(ratatui::style::Color::Yellow));
        assert!(coloured.add_modifier.contains(Modifier::UNDERLINED));
    }

    #[test]
    fn the_help_lists_the_keys() {
        let mut app = app_for("t\n\nbody", 100, 40);
        app.overlay = Some(Overlay::Help);
        let mut buf = Buffer::empty(Rect::new(0, 0, 100, 40));
        draw(&mut buf, &mut app);
        let all: String = (0..40)
            .map(|y| line(&buf, y))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(all.contains("Keys") && all.contains("next quote") && all.contains("Ctrl-c"));
    }
}

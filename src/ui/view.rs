//! Drawing the reader: a title line, the article pane and a status line.
//! Rows come finished from the layout engine; this only puts their cells
//! on the screen (never ratatui's own wrapping or alignment, which know
//! nothing of bidi).

use super::app::App;
use super::reader::Line;
use crate::layout::{self, Cell, Direction, LayoutOptions};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

/// The key hints on the status line.
const KEY_HINTS: &str = "j/k scroll  space/b page  g/G start/end  [/] article  q quit";

/// Screen lines that are not the article pane: the title and the status line.
pub const CHROME_LINES: u16 = 2;

/// The screen rows of the article pane in a screen of `area`.
pub fn pane_rows(area: Rect) -> std::ops::Range<u16> {
    area.y + 1..area.bottom().saturating_sub(1).max(area.y + 1)
}

/// Draws the whole screen into a buffer the size of the terminal.
pub fn draw(buf: &mut Buffer, app: &mut App) {
    let area = buf.area;
    if area.height < CHROME_LINES + 1 || area.width == 0 {
        return;
    }
    let (index, count) = app.article_count();
    let Some(reader) = app.reader() else {
        return;
    };
    let width = usize::from(area.width);

    let title = reader
        .document
        .title
        .clone()
        .and_then(|r| reader.article.text.get(r))
        .unwrap_or(&reader.article.name)
        .to_string();
    draw_title(buf, area, &title, width);

    let pane = Rect::new(area.x, area.y + 1, area.width, area.height - CHROME_LINES);
    for (i, line) in reader.visible_lines().iter().enumerate() {
        if let Line::Text(row) = line {
            let y = pane.y + i as u16;
            let x = pane.x + row.indent.min(width) as u16;
            draw_cells(buf, x, y, pane.right(), &row.cells, Style::default());
        }
    }

    let name = reader.article.name.clone();
    let status = format!("{index}/{count}  {}%", reader.percent());
    draw_status(buf, area, &name, &status);
}

/// The title, in bold, right-aligned when it reads right to left.
fn draw_title(buf: &mut Buffer, area: Rect, title: &str, width: usize) {
    let layout = layout::layout_paragraph(title, 0, &LayoutOptions::new(width));
    if let Some(row) = layout.rows.first() {
        let x = area.x + row.indent.min(width) as u16;
        let style = Style::default().add_modifier(Modifier::BOLD);
        draw_cells(buf, x, area.y, area.right(), &row.cells, style);
    }
}

/// The status line in reverse video: file name, article number, position, key hints.
fn draw_status(buf: &mut Buffer, area: Rect, name: &str, position: &str) {
    let y = area.bottom() - 1;
    let style = Style::default().add_modifier(Modifier::REVERSED);
    buf.set_style(Rect::new(area.x, y, area.width, 1), style);
    let mut x = area.x + 1;
    x = draw_cells(buf, x, y, area.right(), &interface_cells(name), style);
    x = draw_cells(
        buf,
        x + 2,
        y,
        area.right(),
        &interface_cells(position),
        style,
    );
    let hints_width = KEY_HINTS.len() as u16;
    if x + hints_width < area.right() {
        buf.set_string(area.right() - hints_width - 1, y, KEY_HINTS, style);
    }
}

/// Text of the interface (a file name, a label) as safe display cells in
/// visual order: left-to-right base, right-to-left runs reordered, control
/// characters made visible.
pub fn interface_cells(text: &str) -> Vec<Cell> {
    let mut options = LayoutOptions::new(usize::from(u16::MAX));
    options.base = Some(Direction::Ltr);
    layout::layout_paragraph(text, 0, &options)
        .rows
        .into_iter()
        .flat_map(|row| row.cells)
        .collect()
}

/// Puts cells on one screen line from `x`, stopping before `right`.
/// Returns the column after the last cell drawn.
fn draw_cells(
    buf: &mut Buffer,
    mut x: u16,
    y: u16,
    right: u16,
    cells: &[Cell],
    style: Style,
) -> u16 {
    for cell in cells {
        let width = cell.width as u16;
        if x + width > right {
            break;
        }
        buf.set_stringn(x, y, &cell.symbol, usize::from(width), style);
        x += width;
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Article;

    fn screen(text: &str, width: u16, height: u16) -> Buffer {
        let article = Article {
            name: "news.txt".into(),
            text: text.into(),
        };
        let mut app = App::new(vec![article], LayoutOptions::new(usize::from(width)));
        app.resize(usize::from(width), usize::from(height - CHROME_LINES));
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
        assert!(status.contains("news.txt") && status.contains("1/1") && status.contains("100%"));
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
}

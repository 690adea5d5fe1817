//! The reader's keystroke path: a key handled, the frame drawn and the
//! changes encoded for the terminal (into a sink), on the bundled samples.
//! Target: well under 5 ms per key.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use qari::input::samples;
use qari::layout::LayoutOptions;
use qari::ui::app::{App, Settings};
use qari::ui::screen::Screen;
use qari::ui::view;
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

fn app(width: u16, height: u16) -> App {
    let settings = Settings::default();
    let mut app = App::new(samples::articles(), LayoutOptions::new(80), settings);
    app.resize(Rect::new(0, 0, width, height));
    app
}

/// One key and the frame after it, as the event loop does it.
fn key_and_frame(
    app: &mut App,
    screen: &mut Screen<CrosstermBackend<std::io::Sink>>,
    code: KeyCode,
) {
    app.key(KeyEvent::new(code, KeyModifiers::NONE));
    let mut frame = Buffer::empty(screen.area());
    view::draw(&mut frame, app);
    let _ = app.take_pane_shift();
    screen.present(frame, None).expect("present");
}

fn keystrokes(c: &mut Criterion) {
    for (width, height) in [(80u16, 24u16), (120, 40)] {
        let area = Rect::new(0, 0, width, height);
        let mut app = app(width, height);
        let mut screen = Screen::new(CrosstermBackend::new(std::io::sink()), area);
        c.bench_function(&format!("key j/k + frame {width}x{height}"), |b| {
            let mut down = true;
            b.iter(|| {
                let code = if down {
                    KeyCode::Char('j')
                } else {
                    KeyCode::Char('k')
                };
                down = !down;
                key_and_frame(black_box(&mut app), &mut screen, code)
            })
        });
        c.bench_function(&format!("next article + frame {width}x{height}"), |b| {
            b.iter(|| key_and_frame(black_box(&mut app), &mut screen, KeyCode::Char(']')))
        });
    }
}

criterion_group!(benches, keystrokes);
criterion_main!(benches);

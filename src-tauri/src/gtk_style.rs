//! What GTK draws around the page. WebKitGTK's date fields open a GTK calendar in a popover
//! (Space, Alt+Down or F4, see `ui/src/lib/kit/dateKeys.ts`), drawn by the desktop's theme, not
//! by the page's CSS. GTK's default theme draws the keyboard's day in that calendar with a
//! 1 px dashed outline at 30% of the text's colour — on a greyed day of the next month it is
//! next to invisible, so an officer moving through the days with the arrows could not see
//! where they were (WCAG 2.4.7, focus visible). This style, at the application's priority
//! (above any theme), draws it as a 2 px solid ring in the theme's own text colour, and in the
//! selected text's colour on the selected day: colours every theme pairs with its backgrounds
//! for reading, light or dark (Adwaita: #2e3436 on white, 12:1; white on #3584e4, 3.8:1;
//! WCAG 1.4.11 asks 3:1).

use gtk::prelude::CssProviderExt;

/// The style sheet (GTK 3 CSS). `calendar` is the calendar's node; GTK draws its focused day
/// with the node's `outline-*` properties, in the day's state (`:selected` for the chosen day,
/// `:indeterminate` for the days of the months around).
pub const CSS: &str = "
calendar, calendar:indeterminate {
    outline-color: @theme_fg_color;
    outline-style: solid;
    outline-width: 2px;
    outline-offset: -2px;
}
calendar:selected {
    outline-color: @theme_selected_fg_color;
    outline-offset: -3px;
}
";

/// Adds [`CSS`] for every window of the app. Called once, on the main thread, when the app
/// starts; if GTK refuses it (it never should), the app goes on with the theme's own ring and
/// says so on stderr.
pub fn install() {
    let provider = gtk::CssProvider::new();
    if let Err(e) = provider.load_from_data(CSS.as_bytes()) {
        eprintln!("CityRights: the calendar's focus style was not loaded: {e}");
        return;
    }
    match gtk::gdk::Screen::default() {
        Some(screen) => gtk::StyleContext::add_provider_for_screen(
            &screen,
            &provider,
            gtk::STYLE_PROVIDER_PRIORITY_APPLICATION,
        ),
        None => eprintln!("CityRights: no screen to give the calendar's focus style to"),
    }
}

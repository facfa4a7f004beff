//! What every export prints around a chart of the city's data: its caption and its numbers as
//! a table (the chart's text alternative, for a reader who cannot see the picture and for
//! anyone who wants the figures). The picture itself is drawn by `pdf::chart`, as vector
//! operators in the PDF and as a PNG in Word.

use crate::document::{Block, ChartKind, Inline, Mark, TableCell, TableRow};
use crate::progress::{ChartData, Drawing};

/// The caption under a chart: the writer's caption, else the chart's title, with the
/// document it counts ("… (A/HRC/59/15)").
pub fn caption_text(data: &ChartData, caption: &str) -> String {
    let text = if caption.trim().is_empty() {
        data.title.as_str()
    } else {
        caption.trim()
    };
    match &data.symbol {
        Some(s) if !text.contains(s.as_str()) => format!("{text} ({s})"),
        _ => text.to_string(),
    }
}

/// The caption as an unnumbered italic paragraph; none for a chart with nothing to draw whose
/// writer gave no caption (its sentence says all there is).
pub fn caption_block(data: &ChartData, caption: &str) -> Option<Block> {
    if data.drawing == Drawing::Nothing && caption.trim().is_empty() {
        return None;
    }
    Some(Block::Paragraph {
        numbered: false,
        content: vec![Inline::Text {
            text: caption_text(data, caption),
            marks: vec![Mark::Italic],
        }],
    })
}

/// What stands in place of a chart with nothing to draw: its sentence (an indicator deleted
/// since the report was written), as an unnumbered paragraph.
pub fn missing_block(data: &ChartData) -> Block {
    Block::Paragraph {
        numbered: false,
        content: vec![Inline::text(data.alt.clone())],
    }
}

/// The chart's numbers as a table: a header row, then one row per group (or date).
pub fn table_rows(data: &ChartData) -> Vec<TableRow> {
    data.table
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, row)| TableRow {
            cells: row
                .into_iter()
                .map(|text| TableCell {
                    header: i == 0,
                    content: vec![Inline::text(text)],
                })
                .collect(),
        })
        .collect()
}

/// How the table's width is shared: the groups' names get the most room, each number the
/// same; an indicator's table (date, value, source) gives the source the most.
pub fn column_weights(data: &ChartData) -> Vec<f32> {
    if data.chart == ChartKind::IndicatorOverTime {
        return vec![1.0, 1.2, 2.6];
    }
    let numbers = data
        .table
        .first()
        .map(Vec::len)
        .unwrap_or(1)
        .saturating_sub(1);
    let mut w = vec![1.6];
    w.extend(std::iter::repeat_n(1.4, numbers));
    w
}

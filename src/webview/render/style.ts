// The diagram's stylesheet, in the bundle: applied through CSSOM (adoptedStyleSheets, which a
// CSP without 'unsafe-inline' allows) and copied into an exported SVG with the theme's colours
// resolved. Colours come only from VS Code's theme variables, so light, dark and high contrast
// themes all work; the fallbacks are for the export and the bench page.

/** The theme variables the stylesheet uses, resolved into an exported SVG. */
export const THEME_VARIABLES = [
  '--vscode-editor-background',
  '--vscode-foreground',
  '--vscode-descriptionForeground',
  '--vscode-focusBorder',
  '--vscode-panel-border',
  '--vscode-contrastBorder',
  '--vscode-editorWidget-background',
  '--vscode-editorWidget-border',
  '--vscode-button-background',
  '--vscode-button-foreground',
  '--vscode-button-secondaryBackground',
  '--vscode-button-secondaryForeground',
  '--vscode-input-background',
  '--vscode-input-foreground',
  '--vscode-input-border',
  '--vscode-charts-blue',
  '--vscode-charts-green',
  '--vscode-charts-orange',
  '--vscode-charts-purple',
  '--vscode-charts-red',
  '--vscode-charts-yellow',
  '--vscode-editor-selectionBackground',
  '--vscode-errorForeground',
  '--vscode-font-family',
];

/** Rules for the SVG drawing (also embedded in exports). */
export const SVG_CSS = `
svg.netlab-diagram { font-family: var(--vscode-font-family, sans-serif); font-size: 12px; }
svg.netlab-diagram text { fill: var(--vscode-foreground, #333); dominant-baseline: hanging; }
svg.netlab-diagram text.details { fill: var(--vscode-descriptionForeground, #666); font-size: 11px; }
svg.netlab-diagram [data-kind] > rect.box { stroke-width: 1.5; fill: var(--vscode-editor-background, #fff); stroke: var(--vscode-panel-border, #999); }
svg.netlab-diagram [data-kind="host"] > rect.box { stroke: var(--vscode-charts-blue, #1a85ff); stroke-width: 2; }
svg.netlab-diagram [data-kind="namespace"] > rect.box { stroke: var(--vscode-charts-purple, #b180d7); stroke-dasharray: 6 3; }
svg.netlab-diagram [data-kind="namespace"][data-isolated="true"] > rect.box { stroke: var(--vscode-descriptionForeground, #888); }
svg.netlab-diagram [data-kind="container"] > rect.box { stroke: var(--vscode-charts-green, #388a34); }
svg.netlab-diagram [data-kind="container"][data-state="exited"] > rect.box,
svg.netlab-diagram [data-kind="container"][data-state="created"] > rect.box,
svg.netlab-diagram [data-kind="container"][data-state="dead"] > rect.box { stroke: var(--vscode-descriptionForeground, #888); stroke-dasharray: 2 2; }
svg.netlab-diagram [data-kind="container"][data-role="owner"] > rect.box { stroke-width: 3; }
svg.netlab-diagram [data-kind="network"] > rect.box { stroke: var(--vscode-charts-orange, #d18616); stroke-width: 2.5; }
svg.netlab-diagram [data-kind="interface"] > rect.box { stroke: var(--vscode-charts-blue, #1a85ff); }
svg.netlab-diagram [data-kind="port"] > rect.box { stroke: var(--vscode-charts-yellow, #b89500); }
svg.netlab-diagram path.edge { fill: none; stroke: var(--vscode-foreground, #333); stroke-opacity: 0.55; stroke-width: 1.5; }
svg.netlab-diagram [data-kind="link"][data-role="parent"] path.edge { stroke-dasharray: 5 3; }
svg.netlab-diagram [data-kind="port"] path.edge { stroke: var(--vscode-charts-yellow, #b89500); stroke-opacity: 1; marker-end: url(#netlab-arrow); }
svg.netlab-diagram marker path { fill: var(--vscode-charts-yellow, #b89500); }
svg.netlab-diagram [data-trace-step] > rect.box, svg.netlab-diagram [data-trace-step] path.edge { stroke: var(--vscode-charts-red, #e51400); stroke-width: 3; stroke-opacity: 1; stroke-dasharray: none; }
svg.netlab-diagram [data-kind="trace"] rect { fill: var(--vscode-editorWidget-background, #fff); stroke: var(--vscode-errorForeground, #e51400); stroke-width: 2; }
svg.netlab-diagram [data-kind="trace"] text { fill: var(--vscode-errorForeground, #e51400); }
svg.netlab-diagram [data-selected="true"] > rect.box { fill: var(--vscode-editor-selectionBackground, #add6ff); }
svg.netlab-diagram g.viewport[data-zoomed-out] [data-kind]:not([data-kind="trace"]) > text { display: none; }
svg.netlab-diagram [data-kind]:focus { outline: none; }
svg.netlab-diagram [data-kind]:focus-visible > rect.box { stroke: var(--vscode-focusBorder, #0090f1); stroke-width: 3; stroke-dasharray: none; }
`;

/** Rules for the page around the drawing: toolbar, panels, legend. */
export const PAGE_CSS = `
html, body { margin: 0; padding: 0; height: 100%; overflow: hidden; }
body { background: var(--vscode-editor-background); color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size, 13px); }
.netlab-layout { display: grid; grid-template-columns: 1fr auto; grid-template-rows: auto 1fr; height: 100vh; }
.netlab-toolbar { grid-column: 1 / 3; display: flex; flex-wrap: wrap; gap: 4px; align-items: center; padding: 4px; border-bottom: 1px solid var(--vscode-panel-border, transparent); }
.netlab-toolbar form { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; margin-left: 12px; }
.netlab-canvas { position: relative; overflow: hidden; cursor: grab; }
.netlab-canvas.panning { cursor: grabbing; }
.netlab-canvas svg { width: 100%; height: 100%; display: block; }
.netlab-side { width: 260px; overflow: auto; padding: 8px; border-left: 1px solid var(--vscode-panel-border, transparent); }
.netlab-side h2 { font-size: 1.1em; margin: 0.6em 0 0.3em; }
.netlab-side ul, .netlab-side ol { padding-left: 1.2em; margin: 0.2em 0; }
button { background: var(--vscode-button-secondaryBackground, var(--vscode-button-background)); color: var(--vscode-button-secondaryForeground, var(--vscode-button-foreground)); border: 1px solid var(--vscode-contrastBorder, transparent); padding: 2px 8px; cursor: pointer; font: inherit; }
button.primary { background: var(--vscode-button-background); color: var(--vscode-button-foreground); }
input, select { background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-input-border, transparent); font: inherit; padding: 1px 4px; }
input[type="number"] { width: 5em; }
button:focus-visible, input:focus-visible, select:focus-visible { outline: 2px solid var(--vscode-focusBorder); outline-offset: 1px; }
.netlab-legend li { list-style: none; display: flex; gap: 6px; align-items: center; }
.netlab-swatch { display: inline-block; width: 14px; height: 10px; border: 2px solid; }
.netlab-actions { display: flex; flex-wrap: wrap; gap: 4px; }
.netlab-stop { color: var(--vscode-errorForeground); }
`;

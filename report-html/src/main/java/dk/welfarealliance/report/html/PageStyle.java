package dk.welfarealliance.report.html;

/**
 * The page's style sheet, inline so that the page needs nothing else. System fonts only; colours print as shown
 * ({@code print-color-adjust}). The map sits {@link MapSection#OFFSET_PX} pixels from the page's top left corner,
 * {@link MapSection#WIDTH_PX} wide, which the browser test relies on.
 */
final class PageStyle {
    private PageStyle() {}

    static final String CSS = """
            :root{color-scheme:light}
            *{box-sizing:border-box}
            body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;\
            color:#1a1a1a;background:#fff;font-size:14px;line-height:1.4;\
            -webkit-print-color-adjust:exact;print-color-adjust:exact}
            .top{display:flex;gap:24px;padding:%1$dpx;align-items:flex-start}
            figure.map{margin:0;flex:none;width:%2$dpx}
            figure.map svg{display:block}
            figure.map path{stroke:#fff;stroke-width:.6;stroke-linejoin:round}
            figure.map path:hover{stroke:#000;stroke-width:1.5}
            .attribution{font-size:11px;color:#555;margin-top:6px}
            .summary{min-width:14em}
            .summary h1{font-size:22px;margin:0 0 8px}
            .summary h2{font-size:16px;margin:16px 0 4px}
            .legend{list-style:none;padding:0;margin:0}
            .legend li{display:flex;align-items:center;gap:8px;padding:2px 0}
            .legend .label{flex:1}
            .legend .count{font-variant-numeric:tabular-nums;font-weight:600;min-width:2.5em;text-align:right}
            .legend .total{border-top:1px solid #999;margin-top:4px;padding-top:4px}
            .visually-hidden{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;\
            clip:rect(0 0 0 0);white-space:nowrap;border:0}
            section.timeline-section,section.tables,footer{padding:0 %1$dpx}
            h2{font-size:17px;margin:20px 0 6px}
            svg.timeline{max-width:100%%;height:auto;display:block}
            svg.timeline .name{font-size:11px}
            svg.timeline .year{font-size:10px;fill:#555}
            svg.timeline .day-label{font-size:10px;font-weight:600}
            .key{list-style:none;padding:0;margin:0 0 6px;display:flex;flex-wrap:wrap;gap:2px 16px;font-size:12px}
            .key li{display:flex;align-items:center;gap:4px}
            table.report{border-collapse:collapse;margin-bottom:16px;font-size:13px}
            table.report th,table.report td{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left;\
            vertical-align:top}
            table.report thead th{border-bottom:2px solid #555}
            table.report tbody th{font-weight:normal}
            tr.at-risk th,tr.at-risk td{font-weight:600}
            p.empty{color:#555}
            footer{color:#666;font-size:11px;padding-bottom:%1$dpx}
            @media print{h2{break-after:avoid}table.report tr{break-inside:avoid}@page{margin:12mm}\
            figure.map path:hover{stroke:#fff;stroke-width:.6}}
            """.formatted(MapSection.OFFSET_PX, MapSection.WIDTH_PX);
}

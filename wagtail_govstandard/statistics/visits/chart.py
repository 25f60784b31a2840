"""A bar chart drawn as inline SVG by the package: no JavaScript, no CDN, readable without colour."""

from django.utils.html import escape

WIDTH, HEIGHT, MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 720, 240, 56, 48, 12


def _nice_max(value):
    if value <= 0:
        return 1
    magnitude = 10 ** (len(str(int(value))) - 1)
    return ((int(value) // magnitude) + 1) * magnitude


def bar_chart(points, title, label_every=1):
    """points: [(label, value)]. Returns SVG markup with a <title>, axis labels and a value per bar."""
    top = _nice_max(max((v for _, v in points), default=0))
    plot_w, plot_h = WIDTH - MARGIN_LEFT - 8, HEIGHT - MARGIN_BOTTOM - MARGIN_TOP
    step = plot_w / max(len(points), 1)
    bar_w = max(1.0, step * 0.7)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="chart-title" class="govstandard-chart" width="100%">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<line x1="{MARGIN_LEFT}" y1="{MARGIN_TOP + plot_h}" x2="{WIDTH - 8}" y2="{MARGIN_TOP + plot_h}" stroke="#333"/>',
        f'<text x="{MARGIN_LEFT - 6}" y="{MARGIN_TOP + 10}" text-anchor="end" font-size="11">{top:,}</text>',
        f'<text x="{MARGIN_LEFT - 6}" y="{MARGIN_TOP + plot_h}" text-anchor="end" font-size="11">0</text>',
    ]
    for n, (label, value) in enumerate(points):
        height = plot_h * value / top
        x = MARGIN_LEFT + n * step + (step - bar_w) / 2
        y = MARGIN_TOP + plot_h - height
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{height:.1f}" fill="#1f5f8b">'
            f'<title>{escape(label)}: {value:,}</title></rect>'
        )
        if n % label_every == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{MARGIN_TOP + plot_h + 16}" text-anchor="middle" '
                f'font-size="10">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)

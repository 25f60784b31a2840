"""Plain dicts of a per-item ITA report, for the v3 compliance route and the ITA page API."""


def link(found):
    return {"title": found.title, "url": found.url, "kind": found.kind}


def evidence(result):
    return {"code": result.evidence.code, "title_th": result.evidence.title_th,
            "title_en": result.evidence.title_en, "period": result.evidence.period,
            "status": result.status, "reason": result.reason, "links": [link(x) for x in result.links]}


def item(result):
    return {"code": result.item.code, "group": result.item.group, "title_th": result.item.title_th,
            "title_en": result.item.title_en, "period": result.item.period,
            "verified": result.item.verified, "status": result.status,
            "status_label": str(result.status_label), "reason": result.reason,
            "links": [link(x) for x in result.links], "evidence": [evidence(e) for e in result.evidence]}


def framework(found):
    return {"id": found.id, "assessor": found.assessor, "scheme": found.scheme,
            "fiscal_year": found.fiscal_year, "agency_kind": found.agency_kind,
            "title_th": found.title_th, "title_en": found.title_en, "source": found.source,
            "unverified_items": found.unverified_count,
            "groups": [{"code": g.code, "title_th": g.title_th, "title_en": g.title_en} for g in found.groups]}


def report(found):
    """The report as a dict; None when the page's framework file is gone."""
    if found is None:
        return None
    return {"framework": framework(found.framework), "year": found.year, "as_of": found.as_of.isoformat(),
            "score": found.score, "counts": {s: found.count(s) for s in ("met", "partly", "missing", "not_applicable")},
            "items": [item(row) for row in found.items]}

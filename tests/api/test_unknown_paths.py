"""Every path under /api/v3/govstandard/ answers problem+json, whatever it holds: a wrong id, a
typo, or bytes no route's converter takes (a line break, NUL, non-ASCII), by every method."""

import pytest

PATHS = ["nope/", "requests/abc/", "queue/boards/%C2%A3%0A%C3%81/state/", "x%0Ay/", "%00/", "stats/%0A",
         "requests/1/approve/%0A/", "%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7/"]


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "post", "put", "delete"])
def test_an_unknown_path_is_a_json_404(client, method):
    for path in PATHS:
        response = getattr(client, method)("/api/v3/govstandard/" + path)
        assert response.status_code in (401, 404, 405), (path, response.status_code)
        assert response["Content-Type"] == "application/problem+json", (method, path, response["Content-Type"])

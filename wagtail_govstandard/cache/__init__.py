"""Public pages a front cache (Varnish, nginx, a CDN) can serve: headers, purge, visit beacon."""

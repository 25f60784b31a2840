vcl 4.1;
# Varnish in front of the example site (issue 14). Start, e.g.:
#   varnishd -a 127.0.0.1:6081 -f $PWD/example_site/varnish/govstandard.vcl -p vcl_path=... \
#            -b none  (the backend below; override the port with -p or edit it)
# The app marks anonymous public pages `Cache-Control: public, max-age=N` (no cookie, no Vary:
# Cookie) and purges after each commit: PURGE <url> for a page, BAN with X-Ban-Host for a whole
# Site (the footer changed). Both are honoured from loopback only.

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) { return (synth(405, "Not allowed")); }
        return (purge);
    }
    if (req.method == "BAN") {
        if (!client.ip ~ purgers) { return (synth(405, "Not allowed")); }
        ban("obj.http.x-host == " + req.http.X-Ban-Host);
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") { return (pass); }
    # Signed-in editors and the admin are never cached.
    if (req.url ~ "^/(admin|django-admin)/" || req.http.Cookie ~ "sessionid=") { return (pass); }
    # The site ignores Accept-Language (the language cookie decides): one object per language.
    unset req.http.Accept-Language;
    if (req.http.Cookie ~ "django_language=") {
        set req.http.X-Language = regsub(req.http.Cookie, ".*django_language=([a-zA-Z-]+).*", "\1");
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    if (req.http.X-Language) { hash_data(req.http.X-Language); }
}

sub vcl_backend_response {
    # Remember the host for BAN (lurker-friendly: it is on the object, not the request).
    set beresp.http.x-host = bereq.http.host;
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control !~ "public") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_deliver {
    unset resp.http.x-host;
    if (obj.hits > 0) { set resp.http.X-Cache = "HIT"; } else { set resp.http.X-Cache = "MISS"; }
}

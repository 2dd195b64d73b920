vcl 4.1;
# Varnish in front of the site's instances (docs/deploy.md, "Production topology").
# Caches what the site marks cacheable (s-maxage), keyed on a normalized URL; purged by surrogate
# key (the site's `xkey` response header, the CMS's cache tags); serves its last copy for up to a
# day while the site or the CMS is down. Never stores a draft, a signed-in answer, an RSC payload,
# or anything a request with client-sent Next.js internal headers could have produced (they are
# removed before the request goes on).
#
# The deployment-specific part lives in versus-site.vcl, found on vcl_path (scripts/cluster.mjs
# writes one; versus-site.example.vcl shows its shape): the site instances as backends with a
# health probe, the round-robin director `site`, the `purgers` ACL and the purge secret check.

import directors;
import header;
import std;
import var;
import xkey;

include "versus-site.vcl";

# The query parameters the site reads (apps/web/next.config.ts rewrites, the filter pages); any
# other parameter is dropped from the URL before the lookup and the fetch.
sub versus_normalize_query {
    if (req.url ~ "\?") {
        set req.url = regsuball(req.url, "([?&])(?!(?:q|category|obligation|jurisdiction|nature|s|error)=)[^&]*", "\1");
        set req.url = regsuball(req.url, "&{2,}", "&");
        set req.url = regsub(req.url, "\?&", "?");
        set req.url = regsub(req.url, "[?&]+$", "");
        set req.url = std.querysort(req.url);
    }
}

# Headers only Next.js itself, or a platform in front of it, may set. A client must not: they
# switch on revalidation, middleware skipping, rewrites or cached-tag handling inside Next. They
# are removed, and a request that brought one is passed: whatever it is answered is not stored.
sub versus_strip_internal_headers {
    # Every x-nextjs-*, x-middleware-*, x-next-*, x-invoke-* header, whatever follows the prefix,
    # and the single ones: renamed, then removed (header.regsub works on whole header lines).
    header.regsub(req, "^(?i)x-(?:nextjs|middleware|next|invoke)-[^:]*:", "x-versus-internal:");
    header.regsub(req, "^(?i)(?:x-prerender-revalidate[^:]*|x-now-route-matches|x-matched-path|x-versus-render-probe):", "x-versus-internal:");
    if (req.http.x-versus-internal) {
        unset req.http.x-versus-internal;
        set req.http.x-versus-had-internal = "1";
    }
    unset req.http.x-forwarded-host;
    # Our own markers come only from us.
    unset req.http.x-versus-lookup;
    unset req.http.x-versus-identity;
    if (req.restarts == 0) {
        unset req.http.x-versus-stale-ok;
    }
}

sub vcl_recv {
    # A GET or HEAD has no body. One that brings one (a request-smuggling attempt, or a broken
    # client) is refused and its connection closed, so no byte of it reaches a site instance.
    if ((req.method == "GET" || req.method == "HEAD") &&
        (req.http.Transfer-Encoding || (req.http.Content-Length && req.http.Content-Length !~ "^0+$"))) {
        return (synth(400, "Bad Request"));
    }

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        call versus_check_purge_secret;
        if (!req.http.xkey) {
            return (synth(400, "xkey header required"));
        }
        # Soft: purged pages are fetched again at once, but stay available as grace copies.
        set req.http.x-purged = xkey.softpurge(req.http.xkey);
        return (synth(200, "Purged"));
    }

    call versus_strip_internal_headers;
    unset req.http.xkey;
    set req.backend_hint = site.backend();

    if ((req.method != "GET" && req.method != "HEAD") || req.http.x-versus-had-internal) {
        return (pass);
    }
    # An editor's preview (our session cookie; the site never uses Next's draft mode) and anyone
    # signed in to the CMS.
    if (req.http.Cookie ~ "(^|;\s*)(versus_draft|payload-token)=" || req.http.Authorization) {
        return (pass);
    }
    # Next.js client navigation (RSC payloads) and prefetches.
    if (req.http.RSC || req.http.Next-Router-Prefetch || req.http.Next-Router-State-Tree ||
        req.http.Next-Router-Segment-Prefetch || req.url ~ "[?&]_rsc(=|&|$)") {
        return (pass);
    }
    # Endpoints with their own query parameters or side effects: passed untouched.
    if ((req.url ~ "^/api/" && req.url !~ "^/api/compare/") || req.url ~ "^/compare/go([/?]|$)") {
        return (pass);
    }

    # Next's own files (/_next/static, /_next/image?url=…&w=…&q=…) keep their query as it is.
    if (req.url !~ "^/_next/") {
        call versus_normalize_query;
    }
    unset req.http.Cookie;
    set req.http.x-versus-lookup = "1";
    # Varnish asks the site for gzip and keeps pages compressed; a client that takes no gzip would
    # have every delivery gunzipped (an 87 KB page: a sixth of what it serves compressed). Such
    # clients get a copy of their own instead, gunzipped once when fetched (vcl_hash, vcl_backend_*).
    if (req.http.Accept-Encoding ~ "(?i)gzip") {
        unset req.http.x-versus-identity;
    } else {
        set req.http.x-versus-identity = "1";
    }
    # Fresh copies only while the site answers; a stale one (up to beresp.grace) when it does not,
    # or when this request already failed once (req.grace outlives a restart: set it both ways).
    if (std.healthy(req.backend_hint) && !req.http.x-versus-stale-ok) {
        set req.grace = 0s;
    } else {
        set req.grace = 24h;
    }
    return (hash);
}

sub vcl_hash {
    if (req.http.x-versus-identity) {
        hash_data("identity");
    }
    # On to the built-in hash: the URL and the host.
}

sub vcl_backend_fetch {
    if (bereq.method == "GET" || bereq.method == "HEAD") {
        unset bereq.body;
    }
    # Whether this fetch is the second look of a request whose first one failed (vcl_synth), kept
    # for vcl_backend_response in a variable of this fetch's own: our headers never reach the site.
    if (bereq.http.x-versus-stale-ok) {
        var.set("stale-ok", "1");
    }
    if (bereq.http.x-versus-identity) {
        var.set("identity", "1");
    }
    unset bereq.http.x-versus-identity;
    unset bereq.http.x-versus-lookup;
    unset bereq.http.x-versus-had-internal;
    unset bereq.http.x-versus-stale-ok;
    return (fetch);
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver);
    }
    # A failed refresh keeps the copy we have. In the background, and also in the foreground on a
    # request's first look: a fetch that ends in an answer, even an uncacheable one, takes the
    # place of the stale copy it was revalidating (Varnish kills it), and its hit-for-miss marker
    # would turn the second look, which accepts a grace copy, into another miss. Abandoned, the
    # request goes to vcl_synth and looks again; only that second look delivers the site's own
    # error page (there is no copy to keep then).
    if (beresp.status >= 500) {
        if (bereq.is_bgfetch || var.get("stale-ok") != "1") {
            return (abandon);
        }
        set beresp.ttl = 0s;
        set beresp.grace = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Not for sharing: cookies set, private or no-store answers, nothing fresh, RSC payloads.
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)" ||
        beresp.ttl <= 0s || beresp.http.Content-Type ~ "(?i)^text/x-component") {
        set beresp.ttl = 120s;
        set beresp.grace = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # An address naming nothing we publish (404, 410) is kept a minute at most, without grace, in
    # the small `notfound` storage (varnishd -s notfound=malloc,…): a flood of one junk address costs
    # the site a render a minute, and a flood of many different ones churns only that storage,
    # never evicting a page. (Publishing under that address purges the 404 by its keys anyway.)
    if (beresp.status == 404 || beresp.status == 410) {
        set beresp.storage = storage.notfound;
        if (beresp.ttl > 60s) {
            set beresp.ttl = 60s;
        }
        set beresp.grace = 0s;
        set beresp.keep = 0s;
        return (deliver);
    }
    # The copy for clients without gzip is stored uncompressed (see vcl_recv).
    if (var.get("identity") == "1" && beresp.http.Content-Encoding ~ "gzip") {
        set beresp.do_gunzip = true;
    }
    # beresp.ttl comes from s-maxage; the site's stale-while-revalidate would make the grace a
    # year: a day is enough to ride out an outage.
    set beresp.grace = 24h;
    set beresp.keep = 1h;
    return (deliver);
}

sub vcl_backend_error {
    # No answer at all (an instance gone before its probe noticed): as a 5xx above.
    if (bereq.is_bgfetch || var.get("stale-ok") != "1") {
        return (abandon);
    }
}

sub vcl_deliver {
    # (A failed first look never gets here: its fetch is abandoned and vcl_synth looks again.)
    if (obj.uncacheable || resp.status >= 500) {
        set resp.http.x-cache = "PASS";
    } elsif (obj.ttl <= 0s) {
        set resp.http.x-cache = "STALE";
    } elsif (obj.hits > 0) {
        set resp.http.x-cache = "HIT";
    } else {
        set resp.http.x-cache = "MISS";
    }
    unset resp.http.xkey;
    unset resp.http.x-nextjs-cache;
    unset resp.http.x-nextjs-prerender;
    unset resp.http.x-nextjs-stale-time;
    unset resp.http.Via;
}

sub vcl_synth {
    # A first look whose fetch was abandoned (vcl_backend_response): look again, accepting a grace copy.
    if (resp.status == 503 && req.http.x-versus-lookup && !req.http.x-versus-stale-ok && req.restarts == 0) {
        set req.http.x-versus-stale-ok = "1";
        return (restart);
    }
    if (req.http.x-purged) {
        set resp.http.x-purged = req.http.x-purged;
    }
    if (resp.status == 400) {
        set resp.http.Connection = "close";
    }
    set resp.http.Cache-Control = "no-store";
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.body = resp.reason;
    return (deliver);
}

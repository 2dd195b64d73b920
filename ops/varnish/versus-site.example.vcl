# The deployment-specific part of versus.vcl (scripts/cluster.mjs writes one like it for the
# ports it starts). Copy as versus-site.vcl next to versus.vcl, or anywhere on vcl_path.

probe site_probe {
    .url = "/";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

backend site_1 { .host = "127.0.0.1"; .port = "3010"; .probe = site_probe; .connect_timeout = 1s; .first_byte_timeout = 30s; }
backend site_2 { .host = "127.0.0.1"; .port = "3011"; .probe = site_probe; .connect_timeout = 1s; .first_byte_timeout = 30s; }

sub vcl_init {
    new site = directors.round_robin();
    site.add_backend(site_1);
    site.add_backend(site_2);
}

# Who may send PURGE (the site instances' addresses).
acl purgers {
    "127.0.0.1";
    "::1";
}

# The site sends VARNISH_PURGE_SECRET in X-Purge-Secret.
sub versus_check_purge_secret {
    if (req.http.x-purge-secret != "change-me-to-VARNISH_PURGE_SECRET") {
        return (synth(403, "Forbidden"));
    }
}

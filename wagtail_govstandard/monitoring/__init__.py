"""The webmasters' monitoring of seed section 3: expiry, completeness, ITA evidence, audit."""

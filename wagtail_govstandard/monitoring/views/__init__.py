"""Admin views of the webmasters' monitoring (seed 3); webmasters and superusers only."""

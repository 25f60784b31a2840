"""The electronic patient queue (the provincial memo): an optional Django app of its own.

Add "wagtail_govstandard.queue" to INSTALLED_APPS (after "wagtail_govstandard") and include
"wagtail_govstandard.queue.urls" at /queue/. Its v3 routes attach under /api/v3/govstandard/queue/.
"""

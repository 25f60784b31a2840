"""Names and positions of the people on a request, as they are written on the form."""

from django.db.models import Q


def display_name(user):
    if user is None:
        return ""
    return user.get_full_name().strip() or user.get_username()


def last_position(user):
    """The position this user last wrote on a request (any of the three blocks), or ""."""
    from wagtail_govstandard.requests.models import PublicationRequest

    if user is None or not user.pk:
        return ""
    for field, position_field in (
        ("requested_by", "requester_position"), ("decided_by", "decider_position"),
        ("published_by", "publisher_position"),
    ):
        value = (
            PublicationRequest.objects.filter(Q(**{field: user}) & ~Q(**{position_field: ""}))
            .order_by("-pk").values_list(position_field, flat=True).first()
        )
        if value:
            return value
    return ""

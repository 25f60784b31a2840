from ninja import Router

router = Router(tags=["govstandard queue"])

import httpx
import strawberry


@strawberry.input
class WebhookInput:
    url: str
    secret: str


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def verify_webhook(self, webhook: WebhookInput) -> bool:
        async with httpx.AsyncClient(timeout=5) as client:
            resp = await client.post(webhook.url, json={"challenge": "ping"}, headers={"X-Secret": webhook.secret})
        return resp.status_code == 200


@strawberry.type
class Query:
    ok: bool = True


schema = strawberry.Schema(query=Query, mutation=Mutation)

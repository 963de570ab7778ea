import graphene
from graphene_django import DjangoObjectType
from graphql_jwt.decorators import login_required

from blog.models import Comment, Post


class PostType(DjangoObjectType):
    class Meta:
        model = Post
        fields = ("id", "title", "body", "comments")


class CommentType(DjangoObjectType):
    class Meta:
        model = Comment
        fields = ("id", "text", "author")


class Query(graphene.ObjectType):
    posts = graphene.List(PostType)

    @login_required
    def resolve_posts(root, info):
        return Post.objects.filter(published=True)


class AddComment(graphene.Mutation):
    class Arguments:
        post_id = graphene.ID(required=True)
        text = graphene.String(required=True)

    comment = graphene.Field(CommentType)

    @login_required
    def mutate(root, info, post_id, text):
        comment = Comment.objects.create(post_id=post_id, text=text, author=info.context.user)
        return AddComment(comment=comment)


class DeleteComment(graphene.Mutation):
    class Arguments:
        comment_id = graphene.ID(required=True)

    ok = graphene.Boolean()

    @login_required
    def mutate(root, info, comment_id):
        Comment.objects.filter(pk=comment_id).delete()
        return DeleteComment(ok=True)


class Mutation(graphene.ObjectType):
    add_comment = AddComment.Field()
    delete_comment = DeleteComment.Field()


schema = graphene.Schema(query=Query, mutation=Mutation)

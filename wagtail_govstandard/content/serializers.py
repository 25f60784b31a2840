"""DRF serializers for the v2 API fields that are not plain model fields."""

from rest_framework import serializers


class AttachmentSerializer(serializers.Serializer):
    title = serializers.CharField(source="display_title")
    url = serializers.CharField()
    file_extension = serializers.CharField()
    file_size = serializers.IntegerField()

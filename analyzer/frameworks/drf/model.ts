// Django REST framework's part of the taint model: request.data (attacker-shaped JSON) and
// query_params, serializers whose validated_data keeps field taint unless the field type
// neutralises it, and Response rendered as HTML by StaticHTMLRenderer.
import type { FrameworkModel } from '../model.js';
import { responseOf } from '../headers.js';

export const drfModel: FrameworkModel = {
  name: 'drf',
  requestAttrs: { data: true, query_params: false, stream: false },
  objects: [{ callees: ['rest_framework.response.Response'], obj: 'response', also: [responseOf('drf')] }],
  sinks: [
    {
      kind: 'xss',
      callees: ['rest_framework.response.Response'],
      args: [0],
      kwargs: ['data'],
      when: (c) => /StaticHTMLRenderer/.test(c.context()),
    },
  ],
  formBases: [
    'rest_framework.serializers.Serializer', 'rest_framework.serializers.ModelSerializer', 'rest_framework.serializers.HyperlinkedModelSerializer',
  ],
  neutralFields: ['PrimaryKeyRelatedField', 'HyperlinkedRelatedField', 'IPAddressField'],
  // CharField.to_internal_value fails on anything but str, int and float, and returns str(data).
  textFields: ['CharField', 'EmailField', 'RegexField', 'URLField'],
};

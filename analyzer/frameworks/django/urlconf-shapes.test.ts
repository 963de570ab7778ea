// URLconf shapes seen in real projects (graphite-web, postorius, Horizon), as inline projects parsed
// the way a scan parses them: urlpatterns assigned in the branches of an `if`, include() of a
// module-level list, include() of an imported URLconf module.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../analyze-source.js';

const inventory = (files: Record<string, string>) =>
  analyzeSources(Object.entries(files).map(([path, source]) => ({ path, source })), []).endpoints.map((e) => `${e.methods.join(',')} ${e.path} ${e.handler.name}`).sort();

const VIEWS = `from django.http import HttpResponse

def shorten(request, path):
    return HttpResponse(path)

def detail(request, list_id):
    return HttpResponse(list_id)

def confirm(request, list_id):
    return HttpResponse('ok')
`;

describe('Django URLconf shapes', () => {
  it('adds up urlpatterns assigned in the branches of an if (a prefix from settings or none), and includes the branch lists once', () => {
    const inv = inventory({
      'site/views.py': VIEWS,
      'site/sub/urls.py': `from django.conf.urls import url\nfrom site import views\nurlpatterns = [url('^(?P<list_id>[^/]+)/$', views.detail)]\n`,
      'site/urls.py': `from django.conf import settings
from django.conf.urls import include, url
from site.views import shorten

site_urls = [
    url('^s/(?P<path>.*)', shorten, name='shorten'),
    url('^sub/', include('site.sub.urls')),
]

if settings.URL_PREFIX.strip('/'):
    urlpatterns = [url(r'^{0}/'.format(settings.URL_PREFIX.strip('/')), include(site_urls))]
else:
    urlpatterns = site_urls
`,
    });
    // The prefixed branch's pattern is built at run time: not a path Assay can write, so it adds nothing.
    // site/sub/urls.py is reached through the list: under /sub/, never again as a root of its own.
    // The view no route names stays an unrouted view.
    expect(inv).toEqual(['GET (unrouted) site.views.confirm site.views.confirm', 'GET /s/{path} site.views.shorten', 'GET /sub/{list_id}/ site.views.detail']);
  });

  it('walks include() of a module-level list and of an imported URLconf module', () => {
    const inv = inventory({
      'mail/views.py': VIEWS,
      'mail/api/__init__.py': '',
      'mail/api/urls.py': `from django.urls import re_path\nfrom mail import views\nurlpatterns = [re_path(r'^lists/(?P<list_id>[^/]+)$', views.detail)]\n`,
      'mail/urls.py': `from django.urls import include, re_path
from mail import views
from mail.api import urls as api_urls

list_patterns = [
    re_path(r'^confirm/$', views.confirm, name='confirm_token'),
]

urlpatterns = [
    re_path(r'^lists/(?P<list_id>[^/]+)/', include(list_patterns)),
    re_path(r'^api/', include(api_urls)),
]
`,
    });
    expect(inv).toEqual(['GET (unrouted) mail.views.shorten mail.views.shorten', 'GET /api/lists/{list_id} mail.views.detail', 'GET /lists/{list_id}/confirm/ mail.views.confirm']);
  });
});

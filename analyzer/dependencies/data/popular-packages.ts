// Widely used PyPI project names, as data: the names a near-miss (typosquat or slopsquat) imitates.
// Compiled by the Assay team from the most-downloaded and most-depended-on PyPI projects as known on
// POPULAR_PACKAGES_DATE, with the Python web stack (Django, DRF, Flask, FastAPI and their ecosystems)
// covered in depth. Names are facts, listed in PEP 503 form. Projects extend it with
// `known-packages = [...]` in assay.toml or [tool.assay] (their own internal names included).
export const POPULAR_PACKAGES_DATE = '2026-12-01';

const NAMES = `
absl-py accelerate adal aenum agate aiobotocore aiofiles aiohappyeyeballs aiohttp aiohttp-cors aioitertools aiokafka aiomysql aiopg aioredis
aiormq aiosignal aiosmtplib aiosqlite alabaster alembic allure-pytest altair amqp aniso8601 annotated-types anyio apache-airflow apispec
appdirs applicationinsights appnope apscheduler argcomplete argon2-cffi argon2-cffi-bindings argparse arrow asgiref asn1crypto astor astroid
asttokens astunparse async-lru async-timeout asyncpg asynctest atomicwrites attrs authlib autobahn autopep8 av avro-python3 awacs aws-lambda-powertools
aws-requests-auth aws-sam-translator aws-xray-sdk awscli awswrangler azure-common azure-core azure-cosmos azure-functions azure-identity
azure-keyvault-secrets azure-mgmt-core azure-mgmt-resource azure-servicebus azure-storage-blob azure-storage-queue babel backcall backoff
backports-zoneinfo bandit bcrypt beautifulsoup4 behave billiard binaryornot black bleach blinker blis boltons boto boto3 boto3-stubs botocore
botocore-stubs bottle bottleneck bpython brotli bs4 build bump2version cachecontrol cached-property cachelib cachetools cairocffi cairosvg
catalogue cattrs celery certifi cffi cfgv cfn-lint chardet charset-normalizer cheroot cherrypy chromadb cleo click click-didyoumean
click-plugins click-repl cligj cloudpickle colorama colorlog coloredlogs comm commonmark confluent-kafka constantly constructs contextlib2
contourpy cookiecutter coverage crashtest crcmod croniter cryptography cssselect cssutils cx-oracle cycler cymem cython daphne dash dask
databricks-cli databricks-sdk dataclasses dataclasses-json datadog dateparser db-dtypes dbt-core ddtrace debugpy decorator deepdiff defusedxml
deprecated deprecation dill diskcache distlib distro dj-database-url django django-allauth django-anymail django-appconf django-axes
django-celery-beat django-celery-results django-ckeditor django-compressor django-cors-headers django-countries django-crispy-forms
django-csp django-debug-toolbar django-environ django-extensions django-filter django-guardian django-health-check django-import-export
django-js-asset django-model-utils django-mptt django-oauth-toolkit django-otp django-phonenumber-field django-polymorphic django-ratelimit
django-redis django-rest-knox django-silk django-simple-history django-storages django-stubs django-taggit django-timezone-field
django-two-factor-auth django-waffle djangorestframework djangorestframework-simplejwt djangorestframework-stubs dnspython docker docopt
docstring-parser docutils dparse drf-nested-routers drf-spectacular drf-yasg dulwich dynaconf ecdsa editables elastic-transport elasticsearch
elasticsearch-dsl email-validator emoji entrypoints et-xmlfile eventlet exceptiongroup execnet executing factory-boy faker fakeredis falcon
fastapi fastapi-users fastavro fastjsonschema fasteners feedparser filelock fiona flake8 flake8-bugbear flake8-docstrings flaky flask
flask-admin flask-appbuilder flask-babel flask-bcrypt flask-caching flask-cors flask-jwt-extended flask-limiter flask-login flask-mail
flask-marshmallow flask-migrate flask-restful flask-restx flask-session flask-socketio flask-sqlalchemy flask-talisman flask-wtf flatbuffers
flower fonttools freezegun frozendict frozenlist fsspec future gast gcsfs gevent geventhttpclient geographiclib geopandas geopy gitdb gitpython
google-api-core google-api-python-client google-auth google-auth-httplib2 google-auth-oauthlib google-cloud-bigquery google-cloud-core
google-cloud-firestore google-cloud-logging google-cloud-pubsub google-cloud-secret-manager google-cloud-storage google-crc32c
google-pasta google-resumable-media googleapis-common-protos graphene graphene-django graphql-core graphql-relay graphviz greenlet
grpc-google-iam-v1 grpcio grpcio-status grpcio-tools gspread gunicorn h11 h2 h5py hatchling hiredis hpack html5lib httpcore httplib2 httptools
httpx huey huggingface-hub humanfriendly humanize hvac hyperframe hypercorn hypothesis identify idna imageio imagesize importlib-metadata
importlib-resources incremental inflect inflection iniconfig invoke ipykernel ipython ipython-genutils ipywidgets isodate isoduration isort
itsdangerous jaraco-classes jaraco-context jaraco-functools jedi jeepney jinja2 jmespath joblib jsii json5 jsonpatch jsonpath-ng jsonpickle
jsonpointer jsonref jsonschema jsonschema-specifications jupyter jupyter-client jupyter-core jupyterlab keras keyring kiwisolver kombu
kubernetes langchain langchain-core langsmith lark lazy-object-proxy ldap3 libcst lightgbm limits linkify-it-py llvmlite locust loguru lxml
lz4 mako mando markdown markdown-it-py markupsafe marshmallow marshmallow-enum marshmallow-sqlalchemy matplotlib matplotlib-inline mccabe
mdit-py-plugins mdurl meson mistune mkdocs mkdocs-material mock more-itertools moto mpmath msal msal-extensions msgpack msrest msrestazure
multidict multiprocess mypy mypy-boto3-s3 mypy-extensions mysql-connector-python mysqlclient nbclient nbconvert nbformat nest-asyncio
networkx nh3 nltk nodeenv nose notebook numba numexpr numpy oauth2client oauthlib openai openpyxl opensearch-py opentelemetry-api
opentelemetry-exporter-otlp opentelemetry-instrumentation opentelemetry-sdk opentelemetry-semantic-conventions opt-einsum oracledb orjson
outcome overrides packaging pandas pandas-gbq pandocfilters paramiko parse parsedatetime parso partd passlib paste pastedeploy pathspec
pathtools patsy pbr pendulum perf pexpect phonenumbers pickleshare pillow pip pip-tools pipenv pkce pkginfo pkgutil-resolve-name
platformdirs plotly pluggy ply poetry poetry-core poetry-plugin-export polars portalocker pre-commit prettytable prometheus-client
prometheus-flask-exporter prompt-toolkit proto-plus protobuf psutil psycopg psycopg-binary psycopg-pool psycopg2 psycopg2-binary ptyprocess
pure-eval py py-cpuinfo pyarrow pyasn1 pyasn1-modules pybind11 pycodestyle pycountry pycparser pycryptodome pycryptodomex pycurl pydantic
pydantic-core pydantic-settings pydata-google-auth pydocstyle pyee pyflakes pygithub pygments pyhcl pyjwt pylint pymdown-extensions pymongo
pymssql pymysql pynacl pyodbc pyopenssl pyparsing pypdf pypdf2 pyperclip pyproj pyproject-api pyproject-hooks pyrsistent pysaml2 pyserial
pysftp pyspark pytest pytest-asyncio pytest-benchmark pytest-cov pytest-django pytest-env pytest-forked pytest-html pytest-localserver
pytest-metadata pytest-mock pytest-ordering pytest-randomly pytest-rerunfailures pytest-runner pytest-timeout pytest-xdist python-dateutil
python-decouple python-docx python-dotenv python-editor python-engineio python-gnupg python-http-client python-jose python-json-logger
python-ldap python-magic python-multipart python-pptx python-slugify python-socketio python-stdnum python3-openid pytimeparse pytz
pytzdata pyu2f pywavelets pywin32 pywin32-ctypes pyyaml pyzmq qrcode questionary rapidfuzz ratelimit readme-renderer redis referencing regex
reportlab requests requests-aws4auth requests-file requests-mock requests-ntlm requests-oauthlib requests-toolbelt requests-unixsocket
responses retry retrying rfc3339-validator rfc3986 rfc3986-validator rich rpds-py rsa ruamel-yaml ruamel-yaml-clib ruff s3fs s3transfer
safetensors safety schedule schema scikit-image scikit-learn scipy scp scramp seaborn secretstorage semver send2trash sentencepiece
sentry-sdk service-identity setuptools setuptools-scm sh shapely shellingham simple-salesforce simplejson six slack-sdk smart-open smmap
snowflake-connector-python snowflake-sqlalchemy sniffio snowballstemmer sortedcontainers soupsieve spacy sphinx sphinx-rtd-theme
sphinxcontrib-applehelp sphinxcontrib-devhelp sphinxcontrib-htmlhelp sphinxcontrib-jsmath sphinxcontrib-qthelp
sphinxcontrib-serializinghtml sqlalchemy sqlalchemy-utils sqlmodel sqlparse srsly sshtunnel stack-data starlette statsd statsmodels
stevedore stripe structlog strawberry-graphql stringcase sympy tabulate tb-nightly tblib tenacity tensorboard tensorboard-data-server
tensorflow tensorflow-estimator tensorflow-io-gcs-filesystem termcolor terminado text-unidecode textwrap3 thinc threadpoolctl tiktoken
tinycss2 tldextract tokenizers toml tomli tomli-w tomlkit toolz torch torchaudio torchvision tornado tox tqdm traitlets transformers
trio trio-websocket twilio twine twisted typed-ast typeguard typer types-pytz types-pyyaml types-redis types-requests types-setuptools
types-six types-urllib3 typing-extensions typing-inspect tzdata tzlocal ua-parser ujson unidecode uritemplate urllib3 user-agents uvicorn
uvloop uwsgi validators vine virtualenv waitress wasabi watchdog watchfiles watchtower wcwidth webencodings websocket-client websockets
werkzeug wheel whitenoise widgetsnbextension wrapt wsproto wtforms xlrd xlsxwriter xlwt xmlsec xmltodict xxhash yapf yarl zeep zipp
zope-event zope-interface zstandard
bokeh streamlit gradio xgboost catboost optuna mlflow ray jax jaxlib flax onnx onnxruntime opencv-python opencv-python-headless
imbalanced-learn shap sqlglot duckdb psycopg-c clickhouse-driver cassandra-driver neo4j motor beanie odmantic mongoengine peewee
pony tortoise-orm databases piccolo ormar sqlalchemy2-stubs aioboto3 httpx-oauth  quart sanic sanic-routing litestar
robyn masonite pyramid web2py  hug responder channels channels-redis  django-q django-rq rq rq-scheduler
dramatiq arq taskiq kafka-python pika nats-py paho-mqtt pusher python-telegram-bot discord-py slack-bolt tweepy praw pyfcm firebase-admin
apns2 sendgrid mailchimp3 mailgun boto3-type-annotations jwcrypto python-keycloak  social-auth-app-django social-auth-core
django-oauth2-provider oauth2 pyotp webauthn fido2 cryptg  pwdlib  markdown2 mistletoe  bleach-allowlist
html-sanitizer lxml-html-clean cssbeautifier jsbeautifier premailer weasyprint xhtml2pdf pdfkit  pikepdf pdfminer-six pdfplumber
camelot-py tabula-py   pyexcel tablib django-tables2 django-autocomplete-light django-select2 django-widget-tweaks
django-formtools django-braces django-constance django-solo django-reversion django-cleanup django-cache-memoize django-cacheops
django-cachalot django-prometheus django-structlog django-log-request-id django-request-logging  django-defender
django-honeypot django-recaptcha django-simple-captcha django-hcaptcha django-ses django-post-office django-templated-mail djoser
dj-rest-auth django-rest-auth drf-extensions drf-writable-nested drf-flex-fields drf-standardized-errors dj-stripe django-money
django-localflavor django-modeltranslation django-parler wagtail django-cms mezzanine django-oscar saleor django-grappelli django-jazzmin
django-admin-interface django-unfold django-nested-admin django-jet django-suit django-htmx django-components django-cotton django-ninja
django-ninja-extra django-unicorn django-sesame django-user-agents django-ipware django-hosts django-tenants django-multitenant
flask-security flask-security-too flask-principal flask-httpauth flask-dance flask-oauthlib flask-seasurf flask-apscheduler flask-compress
flask-assets flask-debugtoolbar flask-smorest flask-graphql flask-pymongo flask-redis flask-rq2 flask-executor flask-uploads flask-moment
flask-bootstrap bootstrap-flask flask-paranoid flask-kvsession fastapi-pagination fastapi-cache2 fastapi-limiter slowapi fastapi-utils
fastapi-mail fastapi-jwt-auth fastapi-login starlette-exporter starlette-context sse-starlette  jose jwt pyjwkest
 simple-websocket gevent-websocket flask-sock wsaccel msgspec cbor2 pyhumps marshmallow-dataclass apispec-webframeworks
connexion flasgger spectree pydantic-extra-types phonenumberslite pytest-flask pytest-httpx pytest-factoryboy model-bakery mixer
time-machine pytest-freezegun vcrpy betamax httpretty respx aioresponses locust-plugins schemathesis hypothesis-jsonschema
`;

export const POPULAR_PACKAGES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

from flask import Flask, render_template_string, request

app = Flask(__name__)
PAGE = """<div id="chart"></div>
<script>
  const pageSize = {{ size|tojson }};
  renderChart(document.getElementById("chart"), pageSize);
</script>"""


@app.get("/chart")
def chart():
    return render_template_string(PAGE, size=request.args.get("size", "20"))

import subprocess

from django.http import FileResponse


def invoice_pdf(request, number):
    paper = request.headers.get("X-Paper-Size", "A4")
    html_path = f"/srv/invoices/{int(number)}.html"
    pdf_path = f"/srv/invoices/{int(number)}.pdf"
    proc = subprocess.Popen(
        "wkhtmltopdf --page-size %s %s %s" % (paper, html_path, pdf_path),
        shell=True,
    )
    proc.wait(timeout=60)
    return FileResponse(open(pdf_path, "rb"), content_type="application/pdf")

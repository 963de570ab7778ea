from fastapi import Depends, FastAPI, HTTPException, Security
from fastapi.security import APIKeyHeader

from .keys import is_valid_key
from .queue import jobs

api_key_header = APIKeyHeader(name="X-API-Key")


def require_api_key(key: str = Security(api_key_header)):
    if not is_valid_key(key):
        raise HTTPException(status_code=403)
    return key


app = FastAPI(dependencies=[Depends(require_api_key)])


@app.get("/jobs")
def list_jobs():
    return jobs.all()


@app.post("/jobs/{job_id}/retry")
def retry_job(job_id: int):
    jobs.retry(job_id)
    return {"retried": job_id}

import subprocess


def archive_logs(service, dest_dir="/var/backups/logs", compress="gzip"):
    cmd = f"tar -c -I {compress} -f {dest_dir}/{service}.tar.gz /var/log/{service}"
    return subprocess.call(cmd, shell=True)

"""Where the six VKs deliver their drops, and pulling them into the landing zone.

Pure Python (fsspec; no Dagster, no database): `config` reads the landing URL, key and
pinned host key of each VK; `remote` opens one fsspec filesystem for any of them (local,
SFTP through sshfs/asyncssh, S3 through s3fs); `checks` holds the contract's checks on a
remote folder and a manifest; `pull` lists, verifies and copies one VK's new deliveries.
The warehouse records each pull (warehouse/pulls.py).
"""

"""The extract contract (../shared/docs/extract-contract.md) as code: codes, columns, dialect."""

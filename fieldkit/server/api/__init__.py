"""HTTP layer of the server: dependencies and one router per resource."""

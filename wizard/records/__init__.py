"""Reading a patient's records from files, folders, discs and zip files, without Qt."""

"""marsad (مرصد): an offline, Arabic-native conflict-event observatory."""

__version__ = "0.1.0"

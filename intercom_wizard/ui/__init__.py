"""The Qt window: a step-by-step wizard on the qasync loop over the Qt-free setup engine."""

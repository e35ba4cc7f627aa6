/**
 * A reader that stops early (`exchange-sizer options | head`) closes the pipe: not an error of the
 * tool, so it exits quietly with 0 instead of an unhandled EPIPE and its stack trace.
 */
export function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}

// Package cputime reads the processor time a process or one of its threads
// has used, where the system tells; it is how Parley reports costs that a
// busy machine does not inflate as it does wall time.
package cputime

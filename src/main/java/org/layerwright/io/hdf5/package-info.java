/**
 * Keras's HDF5 files and the Keras 3 archive: {@code save_weights}/{@code load_weights} ({@link
 * org.layerwright.io.hdf5.Weights}), {@code model.save}/{@code load_model} to {@code .h5}
 * ({@link org.layerwright.io.hdf5.FullModelFiles}) and {@code .keras} ({@link org.layerwright.io.hdf5.KerasArchive}).
 *
 * <p>Files are read with jhdf and written by {@link org.layerwright.io.hdf5.H5Writer}, which stores every value with
 * the HDF5 type h5py gives what Keras passes it: name lists as NULL-padded ASCII fixed-length string arrays,
 * version strings as variable-length strings, and a weightless layer's empty {@code weight_names} as the empty
 * float64 array of shape {@code (0,)} that h5py makes from {@code []}.
 */
package org.layerwright.io.hdf5;
